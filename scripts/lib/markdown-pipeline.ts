import rehypeMermaid from 'rehype-mermaid';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkPolicy from './remark-policy.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { readSiteEnv } from './site-env.ts';

/** The Markdown/MDX plugins every page goes through, in order. */
export const markdownPipeline: UnifiedProcessorOptions = {
  remarkPlugins: [remarkPolicy],
  rehypePlugins: [
    [rehypeMermaid, { strategy: 'inline-svg', launchOptions: chromiumLaunchOptions() }],
    [rehypeBaseLinks, { base: readSiteEnv().base }],
  ],
};
