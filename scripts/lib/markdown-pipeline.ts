import rehypeMermaid from 'rehype-mermaid';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkPolicy from './remark-policy.ts';
import { chromiumLaunchOptions } from './chromium.ts';

/** The Markdown/MDX plugins every page goes through, in order. */
export const markdownPipeline: UnifiedProcessorOptions = {
  remarkPlugins: [remarkPolicy],
  rehypePlugins: [[rehypeMermaid, { strategy: 'inline-svg', launchOptions: chromiumLaunchOptions() }]],
};
