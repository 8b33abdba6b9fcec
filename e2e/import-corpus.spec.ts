import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readCorpusDir } from '../scripts/corpus/read-corpus-dir';
import { corpusIndexSchema } from '../src/corpus/shards';
import { chooseCorpusFile, MINIMAL_CORPUS, minimalBundle } from './corpus-bundle';
import { expect, test, waitForComparison } from './fixtures';
import { uiText } from './i18n';

/**
 * Importing a corpus, made in the test from the compiler's minimal fixture by
 * the bundle code `npm run corpus:bundle` uses; a broken copy of it; and a
 * self-contained comparison link opened in a browser that has neither.
 */
const MINIMAL = MINIMAL_CORPUS.dir;
const EVENT_TITLE = 'Fighting at Tal Milh';
/** A quote of the minimal corpus, shown only when its comparison came out of this browser's storage. */
const DENIAL = 'نفى مصدر عسكري في جيش النظام وقوع أي خسائر';
/** The worker the build emits for checking an import (src/features/corpora/worker). */
const WORKER_SCRIPT = /\/assets\/validate-corpus\.worker-[\w-]+\.js$/;
const bundledIndex = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);

/** The minimal corpus's bundle, or a copy with a quote its source does not hold. */
function bundle(breakIt = false): Promise<Buffer> {
  return minimalBundle((file) =>
    breakIt && file.path === 'data/events/tal-milh-attack.json'
      ? { ...file, text: file.text.replace('خسر أكثر من 100 من قواته', 'نص غير موجود في المصدر') }
      : file,
  );
}

/** The corpus folder zipped, inside a folder of its own as a file manager would zip it. */
async function zippedFolder(): Promise<Buffer> {
  const files = await readCorpusDir(MINIMAL, 'my-corpus');
  return Buffer.from(zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)]))));
}

/**
 * Imports, and proves the check ran in the Web Worker: the page falls back to
 * its own thread where no worker can start, which would hide a CSP or Trusted
 * Types regression.
 */
async function importInWorker(page: Page, name: string, buffer: Buffer) {
  const [worker] = await Promise.all([
    page.waitForEvent('worker'),
    chooseCorpusFile(page, name, buffer),
  ]);
  expect(worker.url()).toMatch(WORKER_SCRIPT);
}

/** Console warnings, to catch the main-thread fallback saying it ran. */
function warningsOf(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

/** The list item of the corpus titled `title`. */
const card = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test.describe('your own corpus', () => {
  test('import a bundle, open its event; a broken one changes nothing, even after a reload', async ({
    page,
    axeViolations,
  }) => {
    const warnings = warningsOf(page);
    await page.goto('/corpora');
    await expect(page.getByRole('heading', { level: 1, name: 'Corpora' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await importInWorker(page, 'minimal.json', await bundle());
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();
    await expect(page).toHaveURL(/[?&]corpus=test(&|$)/);
    await expect(card(page, 'Test').getByText('In use')).toBeVisible();
    await expect(card(page, 'Test')).toContainText('1 event · 1 source · 4 claims');

    await page.getByRole('link', { name: 'Browse its events' }).click();
    await expect(page.getByText('a corpus imported into this browser')).toBeVisible();
    await page.getByRole('link', { name: EVENT_TITLE }).first().click();
    await waitForComparison(page);
    await expect(page).toHaveURL(/\/events\/tal-milh-attack\?corpus=test/);

    // The header link keeps ?corpus=, like ?lang=.
    await page.getByRole('link', { name: 'Corpora' }).click();
    await expect(page).toHaveURL(/\/corpora\?corpus=test/);
    await importInWorker(page, 'broken.json', await bundle(true));
    const problems = page.getByRole('list', { name: 'Problems found' });
    await expect(page.getByText('broken.json was not imported')).toBeVisible();
    await expect(problems.getByRole('listitem').first()).toHaveText(
      /^data\/events\/tal-milh-attack\.json: \$\.claims\[\d+\]\.quote: /,
    );
    expect(await axeViolations()).toEqual([]);

    await page.reload();
    await expect(card(page, 'Test').getByText('In use')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'broken.json' })).toHaveCount(0);
    await expect(page).toHaveURL(/corpus=test/);

    // And the first corpus still works, read back from IndexedDB: no shard is fetched.
    const shardRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/corpus/events/')) shardRequests.push(request.url());
    });
    await card(page, 'Test').getByRole('link', { name: 'Open Test' }).click();
    await page.getByRole('link', { name: EVENT_TITLE }).first().click();
    await waitForComparison(page);
    await expect(page).toHaveURL(/\/events\/tal-milh-attack\?corpus=test/);
    await expect(page.getByText(DENIAL).first()).toBeVisible();
    expect(shardRequests).toEqual([]);
    expect(warnings.filter((text) => text.includes('main thread'))).toEqual([]);
  });

  test('import a zipped corpus folder, then switch back to the bundled corpus by its card', async ({
    page,
  }) => {
    await page.goto('/corpora');
    await importInWorker(page, 'minimal.zip', await zippedFolder());
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();
    await expect(card(page, 'Test')).toContainText('1 event · 1 source · 4 claims');
    await expect(card(page, 'Test')).toContainText('minimal.zip');

    await page.getByRole('link', { name: 'Browse its events' }).click();
    await page.getByRole('link', { name: EVENT_TITLE }).first().click();
    await waitForComparison(page);
    await expect(page.getByText(DENIAL).first()).toBeVisible();

    const bundledTitle = bundledIndex.corpus.title.en;
    await page.getByRole('link', { name: 'Corpora' }).click();
    await page.getByRole('link', { name: `Open ${bundledTitle}`, exact: true }).click();
    await expect(page).not.toHaveURL(/corpus=/);
    const titles = page.locator('main li h2 a');
    await expect(titles).toHaveCount(bundledIndex.events.length);
    expect((await titles.allTextContents()).sort()).toEqual(
      bundledIndex.events.map((event) => event.title.en).sort(),
    );
    await page.getByRole('link', { name: 'Corpora' }).click();
    await expect(card(page, bundledTitle).getByText('In use')).toBeVisible();
    await expect(card(page, 'Test').getByText('In use')).toHaveCount(0);
  });

  test('a bundle dropped on the drop zone is imported like a chosen one', async ({ page }) => {
    // A dispatched drop skips the wait for an enabled control: it relies on the goto having
    // waited for the app (fixtures.ts), since nobody listens before hydration.
    await page.goto('/corpora');
    const text = (await bundle()).toString('utf8');
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    const zone = page.getByText(uiText('en', 'corpora.import.drop')).locator('..');
    await zone.dispatchEvent('dragover', { dataTransfer });
    const [worker] = await Promise.all([
      page.waitForEvent('worker'),
      zone.dispatchEvent('drop', { dataTransfer }),
    ]);
    expect(worker.url()).toMatch(WORKER_SCRIPT);
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();
    await expect(card(page, 'Test')).toContainText('dropped.json');
    await expect(page).toHaveURL(/[?&]corpus=test(&|$)/);
  });

  test('a link to a corpus this browser lacks says so, and leads on', async ({ page }) => {
    await page.goto('/events/tal-milh-attack?corpus=not-here');
    await expect(
      page.getByRole('heading', { name: 'This corpus is not in this browser' }),
    ).toBeVisible();
    await expect(
      page.getByText('This link opens a corpus imported in another browser (not-here).'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Open the bundled corpus' }).click();
    await expect(page).not.toHaveURL(/corpus=/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a self-contained link opens the comparison in a browser without the corpus', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/corpora');
    await chooseCorpusFile(page, 'minimal.json', await bundle());
    await page.getByRole('link', { name: 'Browse its events' }).click();
    await page.getByRole('link', { name: EVENT_TITLE }).first().click();
    await waitForComparison(page);
    await page.getByRole('button', { name: 'Copy self-contained link' }).click();
    await expect(page.getByText('Self-contained link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/events\/tal-milh-attack#data=[A-Za-z0-9_-]+$/);

    const recipient = await browser.newContext();
    const fresh = await recipient.newPage();
    const errors: string[] = [];
    fresh.on('pageerror', (error) => errors.push(error.message));
    await fresh.goto(link);
    await expect(fresh.getByText('A self-contained snapshot')).toBeVisible();
    await waitForComparison(fresh);
    await expect(fresh.getByRole('heading', { level: 1, name: EVENT_TITLE })).toBeVisible();
    expect(await fresh.evaluate(() => indexedDB.databases())).toEqual([]);
    expect(errors).toEqual([]);
    await recipient.close();
  });

  test('a damaged self-contained link gets a page that says so', async ({ page }) => {
    await page.goto('/events/tal-milh-attack#data=not%20base64!!');
    await expect(
      page.getByRole('heading', { name: 'This self-contained link cannot be opened' }),
    ).toBeVisible();
  });

  test('the corpora page in Arabic passes axe and speaks Arabic', async ({
    page,
    axeViolations,
  }) => {
    await page.goto('/corpora?lang=ar');
    await expect(
      page.getByRole('heading', { level: 1, name: uiText('ar', 'corpora.title') }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await chooseCorpusFile(page, 'broken.json', await bundle(true));
    await expect(page.getByRole('alert')).toContainText('broken.json');
    expect(await axeViolations()).toEqual([]);
  });
});
