import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const box = page.getByRole('dialog').locator('.pagefind-ui__search-input');
  await box.fill(query);
  return page.locator('.pagefind-ui__result-link');
}

test('searching "Retry-After" finds the rate-limit page', async ({ page }) => {
  const results = await search(page, 'Retry-After');
  await expect(results.first()).toBeVisible();
  // Results fill in one by one: wait for the list rather than read its first state.
  await expect
    .poll(() => results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
    .toContainEqual(expect.stringContaining('rate-limits/'));
});

test('diagram text versions are searchable', async ({ page }) => {
  const results = await search(page, 'Refresh succeeded');
  await expect(results.first()).toBeVisible();
  await expect
    .poll(() => results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
    .toContainEqual(expect.stringContaining('flowcharts/authentication/'));
});

interface IndexedPage {
  url: string;
  content: string;
  /** Weight of each match of the query on the page (1 for prose, higher for headings). */
  weights: number[];
}

/** The part of Pagefind's browser API (pagefind.js) these tests read. */
interface PagefindData {
  url: string;
  content: string;
  weighted_locations: { weight: number }[];
}
interface PagefindApi {
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** The built index as Pagefind reads it: what each page holds and how its matches weigh. */
async function indexed(page: Page, query: string): Promise<IndexedPage[]> {
  await page.goto('');
  return page.evaluate(async (q) => {
    const pagefind = (await import(`${document.baseURI}pagefind/pagefind.js`)) as PagefindApi;
    const search = await pagefind.search(q);
    const pages = await Promise.all(search.results.map((result) => result.data()));
    return pages.map((data) => ({
      url: data.url,
      content: data.content,
      weights: data.weighted_locations.map((location) => location.weight),
    }));
  }, query);
}

const resultTexts = (page: Page) =>
  page.locator('.pagefind-ui__result').evaluateAll((items) => items.map((item) => item.textContent ?? ''));

test('excerpts carry no button or screen-reader control text', async ({ page }) => {
  await search(page, 'Refresh succeeded');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  for (const text of await resultTexts(page)) {
    expect(text).not.toMatch(/Expand (flowchart|state diagram|sequence diagram)|Text version of/);
  }
  const [authentication] = (await indexed(page, 'Refresh succeeded')).filter((result) =>
    result.url.includes('flowcharts/authentication/'),
  );
  expect(authentication?.content).not.toMatch(/Expand flowchart|Text version of/);
});

test('a diagram’s text version is indexed once, weighted below the prose', async ({ page }) => {
  await page.goto('flowcharts/authentication/');
  // What a reader reads: the prose and the text versions, not the drawn SVG or the controls.
  const readable = await page.locator('.sl-markdown-content').evaluate((content) => {
    const copy = content.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('[data-pagefind-ignore]')) hidden.remove();
    const versions = [...copy.querySelectorAll('details.diagram-text')].map((details) => details.textContent ?? '');
    for (const details of copy.querySelectorAll('details.diagram-text')) details.remove();
    return { prose: copy.textContent ?? '', versions: versions.join(' ') };
  });
  const count = (text: string, word: string) => text.match(new RegExp(word, 'g'))?.length ?? 0;
  const [authentication] = (await indexed(page, 'Refresh succeeded')).filter((result) =>
    result.url.includes('flowcharts/authentication/'),
  );
  expect(authentication).toBeDefined();
  expect(count(authentication!.content, 'Refresh succeeded')).toBe(
    count(readable.prose + readable.versions, 'Refresh succeeded'),
  );
  // "decides" is only in the flowchart's text version: its matches weigh less than prose (1).
  expect(count(readable.versions, 'decides')).toBeGreaterThan(0);
  expect(count(readable.prose, 'decides')).toBe(0);
  const [decides] = (await indexed(page, 'decides')).filter((result) =>
    result.url.includes('flowcharts/authentication/'),
  );
  expect(decides?.weights.length).toBeGreaterThan(0);
  expect(Math.max(...decides!.weights)).toBeLessThan(1);
});

test('reference table cells are separate words in the index', async ({ page }) => {
  const [users] = (await indexed(page, 'UserStatus')).filter((result) => result.url.includes('reference/users/'));
  expect(users).toBeDefined();
  expect(users!.content).toContain('status query string UserStatus optional');
  expect(users!.content).not.toMatch(
    /stringUserStatus|GET\/v1\/users|Operation IDlistUsers|AuthenticationOAuth|ParameterDescription|200OK/,
  );
  await search(page, 'UserStatus');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  for (const text of await resultTexts(page)) expect(text).not.toMatch(/stringUserStatus|querystring/);
});

test('the Users page’s sub-results are told apart by their headings', async ({ page }) => {
  await search(page, 'users');
  const users = page.locator('.pagefind-ui__result').filter({
    has: page.locator('.pagefind-ui__result-link[href*="reference/users/"]'),
  });
  await expect(users.first()).toBeVisible();
  const titles = await users.first().locator('.pagefind-ui__result-nested .pagefind-ui__result-link').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(new Set(titles).size).toBe(titles.length);
  for (const title of titles) expect(title.trim()).not.toMatch(/^(Responses|Parameters|Request body)$/);
});

test('searching an operation ID finds its operation', async ({ page }) => {
  const results = await search(page, 'createUser');
  await expect(results.first()).toBeVisible();
  await expect
    .poll(() => results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
    .toContainEqual(expect.stringContaining('reference/users/#create-user'));
});
