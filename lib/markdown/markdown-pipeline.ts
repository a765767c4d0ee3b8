import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeDiagrams from '../diagrams/rehype-diagrams.ts';
import { rendererFingerprint } from '../diagrams/cache-key.ts';
import remarkDesignHistory from './remark-design-history.ts';
import remarkPolicy from './remark-policy.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeTableCodeBreaks from './rehype-table-code-breaks.ts';
import rehypeUnitSpaces from './rehype-unit-spaces.ts';
import { readSiteEnv } from '../site-env.ts';
import { contentDataFingerprint } from './content-data-fingerprint.ts';

/** The Markdown/MDX plugins every page goes through, in order. */
export const markdownPipeline: UnifiedProcessorOptions = {
  // Design history first: its notes carry placeholders that remark-policy fills.
  // The fingerprint, like the diagrams' one below, only reaches Astro's config digest: pages
  // render data files (policy, architecture facts, design deviations), so a change to one
  // must drop Astro's cached renders even when no page changed.
  remarkPlugins: [[remarkDesignHistory, { fingerprint: contentDataFingerprint }], remarkPolicy],
  rehypePlugins: [
    // The fingerprint is only read by Astro: it is part of the config digest, so a
    // Mermaid upgrade or a pipeline change drops Astro's cached page renders.
    [rehypeDiagrams, { fingerprint: rendererFingerprint }],
    [rehypeBaseLinks, { base: readSiteEnv().base }],
    rehypeTableCodeBreaks,
    rehypeUnitSpaces,
  ],
};
