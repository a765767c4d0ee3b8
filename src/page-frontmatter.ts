import { z } from 'astro/zod';

export const contentTypes = ['concept', 'guide', 'reference', 'flowchart', 'tutorial'] as const;
export const pageStatuses = ['draft', 'in-progress', 'stable'] as const;
export const products = ['platform', 'api', 'sdk', 'sandbox', 'docs'] as const;

const versionHistoryEntry = z.object({
  date: z.coerce.date().describe('When this version was written (YYYY-MM-DD).'),
  version: z.string().min(1).describe('Document version, e.g. "0.1".'),
  author: z.string().min(1).describe('Who wrote this version.'),
  description: z.string().min(1).describe('What changed in this version.'),
});

/**
 * Fields every BlueRound page adds to Starlight's frontmatter. A page that gets
 * one wrong fails the build with the file and the field named.
 */
export const pageFrontmatter = z
  .object({
    content_type: z
      .enum(contentTypes)
      .describe('What kind of page this is: concept, guide, reference, flowchart or tutorial.'),
    product: z.enum(products).describe('Which part of BlueRound the page is about.'),
    tags: z.array(z.string().min(1)).default([]).describe('Search and grouping keywords.'),
    status: z
      .enum(pageStatuses)
      .default('stable')
      .describe('Maturity: draft, in-progress (shown with a banner) or stable.'),
    version_history: z
      .array(versionHistoryEntry)
      .optional()
      .describe('Optional change log rendered at the top of the page, oldest first.'),
  })
  .refine((page) => page.status === 'stable' || (page.version_history?.length ?? 0) > 0, {
    message: 'pages that are not stable must keep a version_history',
    path: ['version_history'],
  });
