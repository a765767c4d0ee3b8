import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { referenceSidebarItems } from './lib/reference/sidebar.ts';

/** Site navigation: one group per audience path. */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
  { label: 'Start here', items: [{ label: 'Welcome', link: '/' }] },
  { label: 'Architecture', items: [{ autogenerate: { directory: 'architecture' } }] },
  { label: 'Flowcharts', items: [{ autogenerate: { directory: 'flowcharts' } }] },
  { label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
  {
    label: 'API reference',
    items: [...referenceSidebarItems(), { label: 'Changelog', link: '/reference/changelog/' }],
  },
  { label: 'Sandbox', items: [{ label: 'Sandbox console', link: '/sandbox/' }] },
  {
    label: 'Contributing',
    items: [
      { autogenerate: { directory: 'contributing' } },
      { label: 'Code architecture', link: '/contributing/architecture/' },
    ],
  },
];
