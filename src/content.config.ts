import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatter } from './page-frontmatter.ts';
import { strictLoader } from './strict-loader.ts';

export const collections = {
  docs: defineCollection({
    loader: strictLoader(docsLoader(), { failOnError: !import.meta.env.DEV }),
    schema: docsSchema({ extend: pageFrontmatter }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
