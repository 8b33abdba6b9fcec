import type { Page } from '@playwright/test';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readCorpusDir } from '../scripts/corpus/read-corpus-dir';
import { SHOWN_PROBLEMS, SNAPSHOT_LIMITS } from '../src/corpus/limits';
import { chooseCorpusFile, MINIMAL_CORPUS, minimalBundle } from './corpus-bundle';
import { expect, test, waitForComparison } from './fixtures';
import { uiText } from './i18n';

/**
 * Issue #14's bounds as a reader meets them: an import whose id is taken asks first; a link
 * that asks for more than a page can render is refused with the bound it broke; an import
 * with thousands of problems lists a few hundred and counts the rest.
 */
const EVENT_TITLE = 'Fighting at Tal Milh';

const card = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

test.describe('bounds under hostile input', () => {
  test('importing a corpus whose id is taken asks first: cancel, keep both, replace', async ({
    page,
    axeViolations,
  }) => {
    const bundle = await minimalBundle();
    await page.goto('/corpora');
    await chooseCorpusFile(page, 'first.json', bundle);
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();

    // The same id again: nothing is stored until the reader says what to do.
    await chooseCorpusFile(page, 'second.json', bundle);
    const prompt = page.getByRole('region', {
      name: 'A corpus with the id “test” is already in this browser',
    });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('It is “Test”, imported');
    await expect(prompt).toContainText('from first.json. second.json holds “Test”');
    await expect(prompt.getByRole('heading')).toBeFocused();
    expect(await axeViolations()).toEqual([]);
    await prompt.getByRole('button', { name: 'Cancel the import' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(card(page, 'Test')).toHaveCount(1);
    await expect(card(page, 'Test')).toContainText('first.json');

    await chooseCorpusFile(page, 'second.json', bundle);
    await prompt.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();
    await expect(page).toHaveURL(/[?&]corpus=test-2(&|$)/);
    await expect(card(page, 'Test')).toHaveCount(2);
    // The copy opens under its own id, and its links name it.
    await page.getByRole('link', { name: 'Browse its events' }).click();
    await page.getByRole('link', { name: EVENT_TITLE }).first().click();
    await waitForComparison(page);
    await expect(page).toHaveURL(/\/events\/tal-milh-attack\?corpus=test-2/);

    await page.getByRole('link', { name: 'Corpora' }).click();
    await chooseCorpusFile(page, 'third.json', bundle);
    await prompt.getByRole('button', { name: 'Replace it' }).click();
    await expect(page.getByText('“Test” is imported and now in use.')).toBeVisible();
    await expect(card(page, 'Test')).toHaveCount(2);
    await expect(page.getByRole('listitem').filter({ hasText: 'third.json' })).toHaveCount(1);
    await expect(page.getByRole('listitem').filter({ hasText: 'first.json' })).toHaveCount(0);
  });

  test('the question is asked in Arabic too', async ({ page, axeViolations }) => {
    const bundle = await minimalBundle();
    await page.goto('/corpora?lang=ar');
    await chooseCorpusFile(page, 'first.json', bundle);
    await expect(page.getByRole('status').filter({ hasText: 'Test' })).toBeVisible();
    await chooseCorpusFile(page, 'second.json', bundle);
    await expect(
      page.getByRole('heading', { name: 'في هذا المتصفح مجموعة معرّفها «test»' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: uiText('ar', 'corpora.replace.keepBoth') }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  test('a short link asking for 200 parties and 1,000 questions is refused, saying which bound', async ({
    page,
  }) => {
    // The 9 kB link that froze a tab for 44 s, in shape: it never reaches the schemas or a view.
    const hostile = {
      v: 2,
      index: { actors: Array.from({ length: 200 }, (_, n) => ({ id: `p${n}` })) },
      shard: { event: { questions: Array.from({ length: 1000 }, (_, n) => ({ id: `q${n}` })) } },
    };
    const fragment = `data=${toBase64Url(deflateSync(strToU8(JSON.stringify(hostile)), { level: 9 }))}`;
    expect(fragment.length).toBeLessThan(16 * 1024);
    await page.goto(`/events/tal-milh-attack#${fragment}`);
    await expect(
      page.getByRole('heading', { name: 'This self-contained link cannot be opened' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        `This link asks for more than a page can show: 200 parties, where a self-contained link may carry at most ${SNAPSHOT_LIMITS.parties}.`,
      ),
    ).toBeVisible();
    // And in Arabic, in Arabic words.
    await page.goto(`/events/tal-milh-attack?lang=ar#${fragment}`);
    await expect(
      page.getByText('يطلب هذا الرابط أكثر مما تستطيع الصفحة عرضه: عدد الأطراف: 200'),
    ).toBeVisible();
  });

  test('an import with thousands of problems lists a few hundred and copies them all', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const files = await readCorpusDir(MINIMAL_CORPUS.dir, 'data');
    const broken = Array.from({ length: 2000 }, (_, n): [string, Uint8Array] => [
      `data/events/broken-${n}.json`,
      strToU8('{"id": 1}'),
    ]);
    const zip = zipSync({
      ...Object.fromEntries(files.map((file) => [file.path, strToU8(file.text)])),
      ...Object.fromEntries(broken),
    });
    await page.goto('/corpora');
    await chooseCorpusFile(page, 'broken.zip', Buffer.from(zip));
    const problems = page.getByRole('list', { name: 'Problems found' });
    await expect(problems.getByRole('listitem')).toHaveCount(SHOWN_PROBLEMS);
    await expect(page.getByText(/^…and [\d,]+ more problems, not shown here/)).toBeVisible();
    await page.getByRole('button', { name: /^Copy all [\d,]+ listed problems$/ }).click();
    await expect(page.getByText('Problems copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').length).toBeGreaterThan(SHOWN_PROBLEMS);
    expect(copied).toContain('data/events/broken-1999.json: ');
  });
});
