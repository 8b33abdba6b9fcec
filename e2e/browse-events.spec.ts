import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { countText } from './counts';
import { expect, test } from './fixtures';
import { englishUiStrings, languages, uiText, type Language } from './i18n';

// The journeys read names from the compiled corpus, so they follow the data, not a copy of it.
const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
/** A source the first event cites: the index lists none, the event shards carry them. */
const anySourceId = eventShardSchema.parse(
  JSON.parse(
    readFileSync(
      new URL(`../public/corpus/${index.events[0]?.shard ?? ''}`, import.meta.url),
      'utf8',
    ),
  ),
).sources[0]?.id;
const title = (id: string, language: 'en' | 'ar') => {
  const event = index.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in the corpus`);
  return event.title[language];
};
const actorName = (id: string, language: 'en' | 'ar') => {
  const actor = index.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor ${id} in the corpus`);
  return actor.name[language];
};
/** A party and every body that belongs to it at any depth, walked here from the index's memberOf. */
const withMembers = (id: string): string[] => {
  const found = [id];
  for (let grew = true; grew;) {
    const more = index.actors.filter(
      (actor) =>
        actor.memberOf !== undefined && found.includes(actor.memberOf) && !found.includes(actor.id),
    );
    found.push(...more.map((actor) => actor.id));
    grew = more.length > 0;
  }
  return found;
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eventLinks = (page: Page) => page.locator('main li h2 a');
/** The list's count: the one status that names the corpus's total. */
const listCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: String(index.events.length) });
const filteredCount = (language: Language, shown: number) =>
  countText(language, 'eventFilters.resultCount', { shown, count: index.events.length });

/** A corpus date ("2019", "2019-06", "2019-06-19") as its first or last day, for comparing as text. */
const firstDay = (value: string) => `${value}-01-01`.slice(0, 10);
const lastDay = (value: string) =>
  value.length === 4 ? `${value}-12-31` : `${value}-31`.slice(0, 10);
/** Events whose days overlap [from, to], worked out here from the index, not by the app's filter. */
const eventsBetween = (from: string, to: string) =>
  index.events.filter(
    (event) =>
      firstDay(event.date.from.value) <= to &&
      lastDay((event.date.to ?? event.date.from).value) >= from,
  );

for (const language of languages) {
  test.describe(`browsing events (${language})`, () => {
    test('filtering by the Russian MoD keeps its events and its bodies’, in the URL, across a reload', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      await expect(eventLinks(page)).toHaveCount(index.events.length);
      await page
        .getByRole('checkbox', { name: new RegExp(escape(actorName('russian-mod', language))) })
        .check();
      await expect(page).toHaveURL(/[?&]actors=russian-mod(&|$)/);
      // With its members by default: the armed forces, the Reconciliation Centre, Hmeimim base.
      const bodies = withMembers('russian-mod');
      expect(bodies.length).toBeGreaterThan(1);
      const expected = index.events.filter((event) =>
        event.parties.some((party) => bodies.includes(party)),
      );
      await expect(eventLinks(page)).toHaveText(expected.map((event) => event.title[language]));

      await page.reload();
      await expect(eventLinks(page)).toHaveText(expected.map((event) => event.title[language]));
      await expect(
        page.getByRole('checkbox', {
          name: new RegExp(escape(actorName('russian-mod', language))),
        }),
      ).toBeChecked();
      await page.goBack();
      await expect(eventLinks(page)).toHaveCount(index.events.length);
    });

    test('a June 2019 range shows only the events of June 2019, with the count', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      await page
        .getByLabel(uiText(language, 'eventFilters.dates.from'), { exact: true })
        .fill('2019-06-01');
      await page
        .getByLabel(uiText(language, 'eventFilters.dates.to'), { exact: true })
        .fill('2019-06-30');
      await expect(page).toHaveURL(/from=2019-06-01/);
      await expect(page).toHaveURL(/to=2019-06-30/);
      // Every event listed is in June 2019 and every June 2019 event is listed, in any order.
      const june = eventsBetween('2019-06-01', '2019-06-30').map((event) => event.title[language]);
      expect(june.length).toBeGreaterThan(0);
      expect(june.length).toBeLessThan(index.events.length);
      await expect(eventLinks(page)).toHaveCount(june.length);
      expect([...(await eventLinks(page).allTextContents())].sort()).toEqual([...june].sort());
      await expect(listCount(page)).toHaveText(filteredCount(language, june.length));
    });

    // "اسقاط" is the hamza-less spelling of the corpus's إسقاط (downing).
    for (const query of ['L-39', 'لام 39', 'اسقاط']) {
      test(`searching "${query}" finds the L-39 event and only it`, async ({ page }) => {
        await page.goto(`/?lang=${language}`);
        await page
          .getByRole('searchbox', { name: uiText(language, 'eventFilters.search.label') })
          .fill(query);
        await expect(page).toHaveURL(
          new RegExp(`q=${escape(encodeURIComponent(query)).replace(/%20/g, '(%20|\\+)')}`),
        );
        await expect(eventLinks(page)).toHaveText([
          title('l39-landing-hama-airport-2019-06', language),
        ]);
        await expect(listCount(page)).toHaveText(filteredCount(language, 1));
      });
    }

    test('garbage in the URL is ignored with a notice, and the list still works', async ({
      page,
    }) => {
      await page.goto(
        `/?lang=${language}&actors=%3Cscript%3E,nobody&from=garbage&to=2019-13-45&place=nowhere&topic=&q=`,
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        uiText(language, 'events.title'),
      );
      await expect(eventLinks(page)).toHaveCount(index.events.length);
      await expect(
        page.getByText(uiText(language, 'eventFilters.ignored').split('{{')[0] ?? ''),
      ).toBeVisible();
    });

    test('the list, a source and the not-found page have no axe violations', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/?lang=${language}`);
      await expect(eventLinks(page)).toHaveCount(index.events.length);
      expect(await axeViolations()).toEqual([]);

      await page.goto(`/sources/${anySourceId}?lang=${language}`);
      await expect(page.locator('mark').first()).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      await page.goto(`/no/such/page?lang=${language}`);
      await expect(
        page.getByRole('heading', { name: uiText(language, 'notFound.title') }),
      ).toBeVisible();
      expect(await axeViolations()).toEqual([]);
    });
  });
}

/** Every key path of the English catalogue ("share.copy"): what i18next shows for a missing key. */
const keyPaths = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null
    ? Object.entries(node).flatMap(([key, child]) => keyPaths(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1).replace(/_(zero|one|two|few|many|other)$/, '')];
const uiKeys = keyPaths(
  JSON.parse(readFileSync(new URL('../src/locales/en/translation.json', import.meta.url), 'utf8')),
).filter((key) => key.includes('.'));

test('in Arabic every page is right to left, with no English UI string and no missing key', async ({
  page,
}) => {
  const english = englishUiStrings();
  for (const path of [
    '/',
    '/events/disputed-attack-southeast-idlib-2020-01',
    `/sources/${anySourceId ?? ''}`,
    '/actors/russian-mod',
    '/timeline',
    '/corpora',
    '/no/such/page',
  ]) {
    await page.goto(`${path}?lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Corpus text in English (translations) carries lang="en"; everything else must be Arabic.
    const uiText = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"], script, style, noscript').forEach((element) => {
        element.remove();
      });
      return clone.innerText;
    });
    const leftovers = english.filter((text) => uiText.includes(text));
    expect(leftovers, `English UI strings on ${path}`).toEqual([]);
    const keys = uiKeys.filter((key) => uiText.includes(key));
    expect(keys, `untranslated keys on ${path}`).toEqual([]);
  }
});
