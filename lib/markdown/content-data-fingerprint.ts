import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Data files whose values pages print through remark plugins. */
const dataFiles = [
  'policy/policy.ts',
  'src/data/architecture.ts',
  'src/data/design-deviations.ts',
  'src/data/seed-graphs.json',
];

/** Hash of the data pages print, so Astro re-renders pages when only the data changed. */
export const contentDataFingerprint = (() => {
  const hash = createHash('sha256');
  for (const file of dataFiles) hash.update(readFileSync(new URL(`../../${file}`, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
})();
