import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { corpusIndexSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

/**
 * What the list's cards say about a search and about disputes (issue #13): hits marked in
 * titles and summaries by the search's own folding, where a hit lies when the card does not show
 * it, which questions are disputed and between whom, and the summary folded on a phone. Names,
 * questions and parties come from the compiled corpus, so the journeys follow the data.
 */

const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const eventById = (id: string) => {
  const found = index.events.find((event) => event.id === id);
  if (!found) throw new Error(`no event ${id} in the corpus`);
  return found;
};
const nameOf = (id: string, language: Language) => {
  const found = index.actors.find((actor) => actor.id === id);
  if (!found) throw new Error(`no party ${id} in the corpus`);
  return found.name[language];
};
const l39 = eventById('l39-landing-hama-airport-2019-06');
const attack = eventById('disputed-attack-southeast-idlib-2020-01');

/** Lists as the app formats them: British English (no serial comma), Arabic. */
const listFormat = (language: Language) =>
  new Intl.ListFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { type: 'conjunction' });

const cardOf = (page: Page, title: string): Locator =>
  page.locator('main li').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** "Matched in a quote by Mada Post", as the catalogue words it. */
const matchedIn = (language: Language, key: string, name = '') =>
  uiText(language, 'events.card.matchedIn').replace(
    '{{where}}',
    uiText(language, `events.card.${key}`).replace('{{name}}', name),
  );

for (const language of languages) {
  test.describe(`search highlights (${language})`, () => {
    test('a designation is marked in the title however it is typed', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/?lang=${language}&q=${encodeURIComponent('لام 39')}`);
      const card = cardOf(page, l39.title[language]);
      await expect(card.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(
        language === 'ar' ? 'لام 39' : 'L-39',
      );
      await expect(page.locator('main li h2')).toHaveCount(1);
      expect(await axeViolations()).toEqual([]);
    });

    test('اسقاط finds the L-39 event by a quote, and the card names whose', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/?lang=${language}`);
      await page
        .getByRole('searchbox', { name: uiText(language, 'eventFilters.search.label') })
        .fill('اسقاط');
      const card = cardOf(page, l39.title[language]);
      // Only Mada Post's quote says إسقاط: nothing on the card to mark, so it says where.
      await expect(card.locator('[data-matched-in]')).toHaveText(
        matchedIn(language, 'matchedInQuote', nameOf('mada-post', language)),
      );
      await expect(card.locator('mark')).toHaveCount(0);
      await expect(page.locator('main li h2')).toHaveCount(1);
      expect(await axeViolations()).toEqual([]);
    });

    test('words found only in a party’s quote and its translation are said as such', async ({
      page,
    }) => {
      // "التقارير" is in Hmeimim's quote alone, "temperature" in its translation alone.
      await page.goto(`/?lang=${language}&q=${encodeURIComponent('التقارير temperature')}`);
      const card = cardOf(page, l39.title[language]);
      const hmeimim = nameOf('hmeimim-base', language);
      const where = [
        uiText(language, 'events.card.matchedInQuote').replace('{{name}}', hmeimim),
        uiText(language, 'events.card.matchedInTranslation').replace('{{name}}', hmeimim),
      ];
      const list = listFormat(language).format(where);
      await expect(card.locator('[data-matched-in]')).toHaveText(
        uiText(language, 'events.card.matchedIn').replace('{{where}}', list),
      );
    });

    test('an Arabic word typed without its hamza is marked where the text has it', async ({
      page,
      axeViolations,
    }) => {
      // "اضطراريا" is in the Arabic title and summary as "اضطرارياً"; in English only there.
      await page.goto(`/?lang=${language}&q=${encodeURIComponent('اضطراريا')}`);
      const card = cardOf(page, l39.title[language]);
      if (language === 'ar') {
        await expect(card.locator('mark')).toHaveText(['اضطرارياً', 'اضطرارياً']);
        await expect(card.locator('[data-matched-in]')).toHaveCount(0);
      } else {
        await expect(card.locator('[data-matched-in]')).toHaveText(
          matchedIn(language, 'matchedInEventAr'),
        );
      }
      expect(await axeViolations()).toEqual([]);
    });

    test('the flagship event’s card names its disputed questions and who clashes on each', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      const card = cardOf(page, attack.title[language]);
      const disputes = attack.disputes ?? [];
      // Only the attack itself: the Ministry's lost positions and state media's "redeployment"
      // are one side's two accounts of troops forced back, not a dispute.
      expect(disputes.map((dispute) => dispute.question)).toEqual(['attack-on-thursday']);
      expect(attack.disputedQuestionCount).toBe(1);
      const items = card.locator('ul li');
      await expect(items).toHaveCount(disputes.length);
      for (const [position, dispute] of disputes.entries()) {
        const item = items.nth(position);
        await expect(item).toContainText(dispute.title[language]);
        await expect(item).toContainText(uiText(language, 'events.card.disputedBetween'));
        // Four names at most, the rest counted: the first parties are links to their pages.
        const named = dispute.parties.length > 4 ? dispute.parties.slice(0, 3) : dispute.parties;
        await expect(item.getByRole('link')).toHaveText(named.map((id) => nameOf(id, language)));
        for (const id of named) {
          await expect(
            item.getByRole('link', { name: nameOf(id, language), exact: true }),
          ).toHaveAttribute('href', new RegExp(`/actors/${id}(\\?|$)`));
        }
      }
    });

    test('when the search data fails to load the list says so, and a retry searches quotes', async ({
      page,
      consoleErrors,
    }) => {
      let failing = true;
      await page.route('**/corpus/search/**', (route) =>
        failing ? route.fulfill({ status: 500, body: 'Internal Server Error' }) : route.fallback(),
      );
      await page.goto(`/?lang=${language}&q=${encodeURIComponent('اسقاط')}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(uiText(language, 'events.quoteSearch.failed'));
      failing = false;
      await alert.getByRole('button').click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(cardOf(page, l39.title[language]).locator('[data-matched-in]')).toHaveText(
        matchedIn(language, 'matchedInQuote', nameOf('mada-post', language)),
      );
      // The failed loads are the browser's own log lines, and the only ones expected here.
      const failed = (line: string) => line.includes('status of 500');
      expect(consoleErrors.filter(failed).length).toBeGreaterThan(0);
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((l) => !failed(l)));
    });
  });

  test.describe(`a card on a phone (${language})`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('folds the summary behind a button, and unfolds it for a hit', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/?lang=${language}`);
      const card = cardOf(page, l39.title[language]);
      const summary = card.getByText(l39.summary[language]);
      const more = card.getByRole('button', { name: uiText(language, 'events.card.summaryMore') });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      const lineHeight = await summary.evaluate((element) =>
        Number.parseFloat(getComputedStyle(element).lineHeight),
      );
      const folded = await summary.evaluate((element) => element.getBoundingClientRect().height);
      expect(folded).toBeLessThanOrEqual(2 * lineHeight + 1);
      expect(await axeViolations()).toEqual([]);

      await more.click();
      await expect(
        card.getByRole('button', { name: uiText(language, 'events.card.summaryLess') }),
      ).toHaveAttribute('aria-expanded', 'true');
      const open = await summary.evaluate((element) => element.getBoundingClientRect().height);
      expect(open).toBeGreaterThan(3 * lineHeight);

      // A hit inside the summary is never folded away.
      const word = language === 'ar' ? 'حميميم' : 'Hmeimim';
      await page.goto(`/?lang=${language}&q=${encodeURIComponent(word)}`);
      const hit = cardOf(page, l39.title[language]);
      await expect(hit.locator('p mark').first()).toBeVisible();
      await expect(
        hit.getByRole('button', { name: uiText(language, 'events.card.summaryMore') }),
      ).toHaveCount(0);
      expect(await axeViolations()).toEqual([]);
    });
  });

  test(`a wide screen shows the whole summary with no button (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/?lang=${language}`);
    const card = cardOf(page, l39.title[language]);
    await expect(card.getByText(l39.summary[language])).toBeVisible();
    await expect(
      card.getByRole('button', { name: uiText(language, 'events.card.summaryMore') }),
    ).toBeHidden();
    const lines = await card
      .getByText(l39.summary[language])
      .evaluate(
        (element) =>
          element.getBoundingClientRect().height /
          Number.parseFloat(getComputedStyle(element).lineHeight),
      );
    expect(lines).toBeGreaterThan(2.5);
  });
}
