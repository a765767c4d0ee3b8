// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readSiteEnv } from './lib/site-env.ts';
import { markdownPipeline } from './lib/markdown/markdown-pipeline.ts';
import { sidebar } from './src/sidebar.ts';
import { diagramCheck } from './lib/diagrams/integration.ts';
import { apiClientBundle } from './lib/api-client-bundle.ts';
import { viteQuietKnownWarnings } from './lib/vite-known-warnings.ts';

const siteEnv = readSiteEnv();

export default defineConfig({
  site: siteEnv.siteUrl,
  base: siteEnv.base,
  trailingSlash: 'always',
  vite: viteQuietKnownWarnings,
  markdown: {
    processor: unified(markdownPipeline),
  },
  integrations: [
    diagramCheck(),
    apiClientBundle(),
    starlight({
      title: 'BlueRound Docs',
      description: 'Architecture, flows, guides and the interactive API reference for the BlueRound platform.',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      social: [{ icon: 'github', label: 'GitHub', href: siteEnv.repoUrl }],
      editLink: { baseUrl: `${siteEnv.repoUrl}/edit/${siteEnv.editBranch}/` },
      lastUpdated: true,
      // The diagram font (lib/diagrams/font.ts): only pages with a diagram download it.
      customCss: ['./src/styles/site.css', './src/styles/diagrams.css', '@fontsource/inter/latin-400.css'],
      components: { MarkdownContent: './src/components/MarkdownContent.astro' },
      sidebar,
      disable404Route: true,
    }),
    // Starlight would add MDX with `optimize: true`, which turns the <style> inside
    // build-time diagram SVGs into a literal `set:html` attribute. After Starlight,
    // or Expressive Code complains about plugin order.
    mdx({ optimize: false }),
  ],
});
