import type { Browser, Page } from '@playwright/test';
import { languagePath } from '../src/config/paths';
import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { countText } from './counts';
import { MINIMAL_CORPUS, importMinimalCorpus } from './corpus-bundle';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

/**
 * Issue #4: every view has one "Copy link" whose link, opened in a fresh
 * browser, shows the same view: the same events and count, the same quote,
 * the same party, in the same language.
 */
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readJson('index.json'));

const party = 'mada-post';
const claimId = 'nlf-no-such-attack-wednesday-or-thursday';
const claimEvent = index.events.find(
  (event) => event.id === 'disputed-attack-southeast-idlib-2020-01',
);
const sourceId = eventShardSchema
  .parse(readJson(claimEvent?.shard ?? ''))
  .claims.find((claim) => claim.id === claimId)?.source;
const actorName = (id: string, language: Language) => {
  const actor = index.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor ${id} in the corpus`);
  return actor.name[language];
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const search = { en: 'Hama', ar: 'حماة' } as const;

const eventLinks = (page: Page) => page.locator('main li h2 a');
/** The list's count, not the share confirmation: the one status that holds the total. */
const listCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: String(index.events.length) });
const copyButton = (page: Page, language: Language) =>
  page.getByRole('button', { name: uiText(language, 'share.copy'), exact: true });

/** Clicks Copy link, waits for the confirmation and returns what reached the clipboard. */
async function copyLink(page: Page, language: Language): Promise<string> {
  await copyButton(page, language).click();
  await expect(
    page.getByRole('status').filter({ hasText: uiText(language, 'share.copied') }),
  ).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The recipient: a new browser context, no saved language, no clipboard, no corpora. */
async function openFresh(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(link);
  return { page, errors, close: () => context.close() };
}

/** A view's path in a language: Arabic pages live under /ar/. */
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

for (const language of languages) {
  test.describe(`sharing what is on screen (${language})`, () => {
    test('the filtered list: the same events, count and language in a fresh browser', async ({
      page,
      browser,
    }) => {
      await page.goto('/');
      await expect(eventLinks(page)).toHaveCount(index.events.length);
      // Arabic chosen with the switch, so the URL carries no ?lang= until the link is made.
      if (language === 'ar') {
        await page.getByRole('button', { name: uiText('en', 'language.switchTo') }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
        expect(page.url()).not.toContain('lang=');
      }
      await page
        .getByRole('checkbox', { name: new RegExp(escape(actorName(party, language))) })
        .check();
      await page
        .getByLabel(uiText(language, 'eventFilters.dates.from'), { exact: true })
        .fill('2019-05-01');
      await page
        .getByLabel(uiText(language, 'eventFilters.dates.to'), { exact: true })
        .fill('2019-07-31');
      await page
        .getByRole('searchbox', { name: uiText(language, 'eventFilters.search.label') })
        .fill(search[language]);
      await expect(page).toHaveURL(/[?&]q=/);

      const titles = await eventLinks(page).allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.length).toBeLessThan(index.events.length);
      const count = countText(language, 'eventFilters.resultCount', {
        shown: titles.length,
        count: index.events.length,
      });
      await expect(listCount(page)).toHaveText(count);

      const link = await copyLink(page, language);
      const url = new URL(link);
      expect(url.pathname).toBe(languagePath('/', language));
      expect(url.searchParams.get('actors')).toBe(party);
      expect(url.searchParams.get('from')).toBe('2019-05-01');
      expect(url.searchParams.get('to')).toBe('2019-07-31');
      expect(url.searchParams.get('q')).toBe(search[language]);
      expect(url.searchParams.get('lang')).toBeNull();

      const recipient = await openFresh(browser, link);
      await expect(recipient.page.locator('html')).toHaveAttribute('lang', language);
      await expect(eventLinks(recipient.page)).toHaveText(titles);
      await expect(listCount(recipient.page)).toHaveText(count);
      expect(recipient.errors).toEqual([]);
      await recipient.close();
    });

    test('a source at one quote: the link keeps the quote, the recipient lands on it', async ({
      page,
      browser,
    }) => {
      expect(sourceId).toBeDefined();
      await page.goto(`/sources/${sourceId ?? ''}?lang=${language}#${claimId}`);
      await expect(page.locator(`[id="${claimId}"]`)).toBeFocused();
      const heading = await page.getByRole('heading', { level: 1 }).textContent();

      const link = await copyLink(page, language);
      const url = new URL(link);
      expect(url.pathname).toBe(languagePath(`/sources/${sourceId ?? ''}`, language));
      expect(url.hash).toBe(`#${claimId}`);
      expect(url.searchParams.get('lang')).toBeNull();

      const recipient = await openFresh(browser, link);
      await expect(recipient.page.locator('html')).toHaveAttribute('lang', language);
      await expect(recipient.page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
      await expect(recipient.page.locator(`[id="${claimId}"]`)).toBeFocused();
      await expect(recipient.page.locator(`mark[data-claims~="${claimId}"]`).first()).toBeVisible();
      expect(recipient.errors).toEqual([]);
      await recipient.close();

      // A fragment naming nothing on the page is not part of the view.
      await page.goto(`/sources/${sourceId ?? ''}?lang=${language}#no-such-claim`);
      await expect(page.locator('mark').first()).toBeVisible();
      expect(new URL(await copyLink(page, language)).hash).toBe('');
    });

    test("a party's page opens as that party, in the same language", async ({ page, browser }) => {
      await page.goto(`/actors/russian-mod?lang=${language}&utm_source=chat`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        actorName('russian-mod', language),
      );
      const link = await copyLink(page, language);
      // Params no route understands are not part of the view.
      expect(link).toBe(
        `${new URL(page.url()).origin}${languagePath('/actors/russian-mod', language)}`,
      );

      const recipient = await openFresh(browser, link);
      await expect(recipient.page.locator('html')).toHaveAttribute('lang', language);
      await expect(recipient.page.getByRole('heading', { level: 1 })).toHaveText(
        actorName('russian-mod', language),
      );
      expect(recipient.errors).toEqual([]);
      await recipient.close();
    });

    test('every view has exactly one Copy link', async ({ page }) => {
      const views = [
        ['/', eventLinks(page).first()],
        ['/timeline', page.getByRole('heading', { level: 1 })],
        ['/corpora', page.getByRole('heading', { level: 1 })],
        [`/actors/russian-mod`, page.getByRole('heading', { level: 1 })],
        [`/sources/${sourceId ?? ''}`, page.locator('mark').first()],
        [`/events/${claimEvent?.id ?? ''}`, page.locator('[data-claim]').first()],
      ] as const;
      for (const [path, ready] of views) {
        await page.goto(`${path}?lang=${language}`);
        await expect(ready).toBeVisible();
        await expect(copyButton(page, language), path).toHaveCount(1);
        const link = await copyLink(page, language);
        expect(new URL(link).pathname).toBe(languagePath(path, language));
      }
    });

    test('on an imported corpus the confirmation says where the link opens', async ({
      page,
      browser,
    }) => {
      await page.goto(`/corpora?lang=${language}`);
      await importMinimalCorpus(page);
      await expect(page).toHaveURL(/[?&]corpus=test(&|$)/);
      const title = language === 'en' ? MINIMAL_CORPUS.title : `عربي: ${MINIMAL_CORPUS.title}`;

      await page.goto(`/?corpus=${MINIMAL_CORPUS.id}&lang=${language}`);
      await expect(eventLinks(page)).toHaveCount(1);
      let link = await copyLink(page, language);
      const caveat = uiText(language, 'share.importedCaveat').replace('{{title}}', title);
      await expect(page.getByRole('status').filter({ hasText: caveat })).toBeVisible();
      expect(new URL(link).searchParams.get('corpus')).toBe(MINIMAL_CORPUS.id);

      await page.goto(
        `/events/${MINIMAL_CORPUS.eventId}?corpus=${MINIMAL_CORPUS.id}&lang=${language}`,
      );
      await expect(page.locator('[data-claim]').first()).toBeVisible();
      link = await copyLink(page, language);
      const snapshotButton = uiText(language, 'corpora.snapshot.copy');
      await expect(
        page.getByRole('status').filter({
          hasText: uiText(language, 'share.importedCaveatComparison')
            .replace('{{title}}', title)
            .replace('{{button}}', snapshotButton),
        }),
      ).toBeVisible();
      // The button the confirmation names is there, beside the event's title.
      await expect(page.getByRole('button', { name: snapshotButton })).toBeVisible();

      // As said: a browser without the corpus gets the page that explains it.
      const recipient = await openFresh(browser, link);
      await expect(
        recipient.page.getByRole('heading', {
          name: uiText(language, 'corpora.gate.missingTitle'),
        }),
      ).toBeVisible();
      await expect(recipient.page.locator('html')).toHaveAttribute('lang', language);
      await recipient.close();
    });
  });
}
