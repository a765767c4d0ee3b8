import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFile, startDevServer, untilServed, type DevServer } from '../../scripts/dev-server.ts';
import { scratchProject } from '../../scripts/scratch-project.ts';

/**
 * `npm start` shows a page that does not render with the error where its
 * content would be (file, line, message, fix hint), in `.md` and `.mdx` alike,
 * and saving the fix brings the page back without a restart.
 * DEV_ERRORS_PORT sets the dev server's port (default 4461).
 */
const port = Number(process.env.DEV_ERRORS_PORT ?? 4461);
const frontmatter = (contentType = 'concept') => `---\ntitle: Page\ncontent_type: ${contentType}\nproduct: docs\n---\n`;
const diagram = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\``;

/** Each page: its broken text, the line the box must name, what the box must say, and the fixed text. */
const cases = [
  {
    page: 'diagram.mdx',
    broken: `${frontmatter()}\nIntro.\n\n${diagram('flowchart TD\n  S1[[Resource] Service]')}\n`,
    line: 9,
    says: /Parse error on line 2/,
    fixed: `${frontmatter()}\nIntro.\n\n${diagram('flowchart TD\n  S1[["Resource Service"]]')}\n`,
    back: 'Resource Service',
  },
  {
    page: 'broken-diagram.md',
    broken: `${frontmatter()}\n${diagram('flowchart TD\n  A[[B] --> C')}\n`,
    line: 7,
    says: /Parse error on line 2/,
    fixed: `${frontmatter()}\n${diagram('flowchart TD\n  A["Fixed box"] --> C')}\n`,
    back: 'Fixed box',
  },
  {
    page: 'policy.mdx',
    broken: `${frontmatter()}\nIntro.\n\nWait \`{{policy.noSuchValue}}\` seconds.\n`,
    line: 9,
    says: /unknown policy value \{\{policy\.noSuchValue\}\}/,
    fixed: `${frontmatter()}\nIntro.\n\nWait a known number of seconds.\n`,
    back: 'Wait a known number of seconds.',
  },
  {
    page: 'frontmatter.mdx',
    broken: `${frontmatter('blog')}\nBody of the frontmatter page.\n`,
    line: 3,
    says: /content_type/,
    fixed: `${frontmatter()}\nBody of the frontmatter page.\n`,
    back: 'Body of the frontmatter page.',
  },
];

const docs = (dir: string) => join(dir, 'src/content/docs');
let server: DevServer;
let dir: string;
let remove: () => void;

beforeAll(() => {
  ({ dir, remove } = scratchProject());
  mkdirSync(docs(dir), { recursive: true });
  writeFileSync(join(docs(dir), 'index.md'), `${frontmatter()}\nHome.\n`);
  for (const c of cases) writeFileSync(join(docs(dir), c.page), c.broken);
  server = startDevServer(dir, port);
});

afterAll(async () => {
  await server?.stop();
  remove?.();
});

const url = (page: string) => `${server.origin}/${page.replace(/\.mdx?$/, '')}/`;
const box = (html: string) => /<div class="dev-page-error"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

describe('npm start shows a page that does not render as an error in the page', () => {
  it.each(cases)(
    '$page: file, line, message and hint in the page; the fix brings it back',
    async (c) => {
      let html = '';
      try {
        await untilServed(url(c.page), (body) => ((html = body), box(body) !== ''), `${c.page} error box`, 120_000);
      } catch (error) {
        throw new Error(`${String(error)}\n--- dev server log ---\n${server.log().slice(-3000)}`, { cause: error });
      }
      const shown = box(html);
      expect(shown).toContain(`src/content/docs/${c.page}:${c.line}`);
      expect(shown).toMatch(c.says);
      expect(shown).toContain('<strong>Fix:</strong>');
      // The site around it still renders: the writer stays in the page.
      expect(html).toContain('<title>');

      saveFile(join(docs(dir), c.page), c.fixed);
      await untilServed(url(c.page), (body) => body.includes(c.back) && box(body) === '', `${c.page} fixed`);
    },
    180_000,
  );
});
