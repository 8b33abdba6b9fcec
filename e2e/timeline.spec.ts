import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FuzzyDate } from '../src/corpus/primitives';
import { corpusIndexSchema, eventShardSchema, type CompiledClaim } from '../src/corpus/shards';
import { formatFuzzyDate } from '../src/lib/intl-format';
import { expect, test } from './fixtures';
import { englishUiStrings, languages, uiText, type Language } from './i18n';

const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const shardOf = (id: string) => {
  const event = index.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return eventShardSchema.parse(readCorpus(event.shard));
};

/** The first and last days a fuzzy date may mean, as ISO strings (they compare as text). */
function daysOf(date: FuzzyDate): [string, string] {
  if (date.precision === 'day') return [date.value, date.value];
  if (date.precision === 'year') return [`${date.value}-01-01`, `${date.value}-12-31`];
  const [year = 0, month = 1] = date.value.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${date.value}-01`, `${date.value}-${String(last).padStart(2, '0')}`];
}
const claimDays = (claim: CompiledClaim) => daysOf(claim.saidOn);

/** The events the timeline lists between two days, in its order: by first day, then last. */
function eventsBetween(from: string, to: string): string[] {
  return index.events
    .map((event) => ({
      id: event.id,
      first: daysOf(event.date.from)[0],
      last: daysOf(event.date.to ?? event.date.from)[1],
    }))
    .filter((event) => event.first <= to && event.last >= from)
    .sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last))
    .map((event) => event.id);
}

const juneEvents = eventsBetween('2019-06-01', '2019-06-30');
/** How many of these events' claims may have been made between `from` and `to`. */
const claimsBetween = (events: readonly string[], from: string, to: string) =>
  events
    .flatMap((id) => shardOf(id).claims)
    .filter((claim) => {
      const [first, last] = claimDays(claim);
      return first <= to && last >= from;
    }).length;
const juneClaims = claimsBetween(juneEvents, '2019-06-01', '2019-06-30');
const augustEvents = eventsBetween('2019-08-01', '2019-08-31');
const augustClaims = claimsBetween(augustEvents, '2019-08-01', '2019-08-31');

const plural = (language: Language, key: string, count: number) =>
  uiText(language, `${key}_${new Intl.PluralRules(language).select(count)}`).replace(
    '{{count}}',
    String(count),
  );
// The app's own table tells months (Levantine in Arabic), never the browser's Intl.
const monthName = (language: Language, month: string) =>
  formatFuzzyDate({ value: month, precision: 'month', basis: 'stated' }, language);
const countText = (language: Language, events: number, claims: number, month: string) =>
  uiText(language, 'timeline.count')
    .replace('{{events}}', plural(language, 'timeline.events', events))
    .replace('{{claims}}', plural(language, 'timeline.claims', claims))
    .replace(
      '{{period}}',
      uiText(language, 'timeline.in').replace('{{date}}', monthName(language, month)),
    );

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** Where a claim's mark belongs on a track from `from` to `to`: fractions of the track from its start. */
function expectedExtent(claim: CompiledClaim, from: string, to: string) {
  const [first, last] = claimDays(claim).map(dayOf) as [number, number];
  const total = dayOf(to) - dayOf(from) + 1;
  const start = Math.max(first, dayOf(from));
  return {
    start: (start - dayOf(from)) / total,
    size: (Math.min(last, dayOf(to)) - start + 1) / total,
  };
}

// A claim the texts date only to the month, and one they date to the day, in the same event.
const l39 = 'l39-landing-hama-airport-2019-06';
const l39Claims = shardOf(l39).claims;
const monthClaim = l39Claims.find((claim) => claim.saidOn.precision === 'month');
const dayClaim = l39Claims.find((claim) => claim.saidOn.precision === 'day');
if (!monthClaim || !dayClaim) throw new Error(`${l39} needs a month- and a day-precision claim`);

/**
 * Where a claim's mark is drawn, as fractions of its lane's track measured from
 * the track's start edge: the left in English, the right in Arabic.
 */
async function drawnExtent(page: Page, language: Language, claimId: string) {
  const mark = page.locator(`[data-event="${l39}"] [data-mark="claim"][data-claim="${claimId}"]`);
  await expect(mark).toBeVisible();
  const [box, track] = await Promise.all([
    mark.boundingBox(),
    mark.locator('xpath=..').boundingBox(),
  ]);
  if (!box || !track) throw new Error(`no box for ${claimId}`);
  const startEdge =
    language === 'ar' ? track.x + track.width - (box.x + box.width) : box.x - track.x;
  return { start: startEdge / track.width, size: box.width / track.width, width: box.width };
}

const listEvents = (page: Page) => page.locator('#timeline-list-title ~ ol > li h3 a');
const count = (page: Page) => page.getByTestId('timeline-count');

test('a range far beyond the corpus draws the corpus’s own years, a bounded page, no 1902', async ({
  page,
}) => {
  for (const query of ['to=9999-12-31', 'from=0002-01-01', 'from=0002-01-01&to=9999-12-31']) {
    await page.goto(`/timeline?${query}`);
    await expect(count(page)).toBeVisible();
    await expect(listEvents(page).first()).toBeVisible();
    // Eight thousand years of ticks times every event's lane once built ~345,000 elements.
    expect(await page.locator('*').count(), query).toBeLessThan(5000);
    const axis = (await page.getByTestId('timeline-chart').textContent()) ?? '';
    expect(axis, query).toContain('2019');
    expect(axis, query).not.toMatch(/1902|9999/);
  }
});

for (const language of languages) {
  test.describe(`timeline (${language})`, () => {
    test('the range and the count follow the URL, and survive a reload', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/timeline?from=2019-06-01&to=2019-06-30&lang=${language}`);
      await expect(listEvents(page)).toHaveText(
        juneEvents.map(
          (id) => index.events.find((event) => event.id === id)?.title[language] ?? '',
        ),
      );
      await expect(count(page)).toHaveText(
        countText(language, juneEvents.length, juneClaims, '2019-06'),
      );
      expect(await axeViolations()).toEqual([]);

      await page.getByRole('button', { name: monthName(language, '2019-08'), exact: true }).click();
      await expect(page).toHaveURL(/from=2019-08-01&to=2019-08-31/);
      // The exact text, not whatever is on screen: the claims are counted once the
      // event's shard arrives, and a reading taken before that would be the pending text.
      const august = countText(language, augustEvents.length, augustClaims, '2019-08');
      await expect(count(page)).toHaveText(august);
      await page.reload();
      await expect(count(page)).toHaveText(august);
      await expect(
        page.getByRole('button', { name: monthName(language, '2019-08'), exact: true }),
      ).toHaveAttribute('aria-pressed', 'true');

      await page
        .getByLabel(uiText(language, 'timeline.range.from'), { exact: true })
        .fill('2019-07-15');
      await expect(page).toHaveURL(/from=2019-07-15&to=2019-08-31/);
    });

    test('a claim dated to the month is a band across the month, a day a narrow mark', async ({
      page,
    }) => {
      // June alone: the month fills the track; May to July: it sits in the middle third.
      for (const [from, to] of [
        ['2019-06-01', '2019-06-30'],
        ['2019-05-01', '2019-07-31'],
      ] as const) {
        await page.goto(`/timeline?from=${from}&to=${to}&lang=${language}`);
        const band = await drawnExtent(page, language, monthClaim.id);
        const expected = expectedExtent(monthClaim, from, to);
        expect(band.start).toBeCloseTo(expected.start, 2);
        expect(band.size).toBeCloseTo(expected.size, 2);

        const day = await drawnExtent(page, language, dayClaim.id);
        expect(day.start).toBeCloseTo(expectedExtent(dayClaim, from, to).start, 2);
        expect(band.width).toBeGreaterThan(day.width * 5);
      }
    });

    test('a party filter shows the events the list shows, and the other filters are named', async ({
      page,
    }) => {
      const party = 'mada-post';
      const events = index.events.filter((event) => event.parties.includes(party));
      expect(events.length).toBeGreaterThan(1);
      expect(events.length).toBeLessThan(index.events.length);
      const titles = events.map((event) => event.title[language]).sort();

      await page.goto(`/?actors=${party}&lang=${language}`);
      await expect(page.locator('main li h2 a')).toHaveCount(events.length);
      expect((await page.locator('main li h2 a').allTextContents()).sort()).toEqual(titles);
      await page.goto(`/timeline?actors=${party}&lang=${language}`);
      await expect(listEvents(page)).toHaveCount(events.length);
      expect((await listEvents(page).allTextContents()).sort()).toEqual(titles);
      // Only the chosen party's lane is drawn.
      await expect(page.locator('[data-lane]').first()).toBeVisible();
      expect(
        new Set(
          await page
            .locator('[data-lane]')
            .evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-lane'))),
        ),
      ).toEqual(new Set([party]));

      const place = index.places.find((candidate) => candidate.id === 'northern-hama-countryside');
      const topic = index.topics.find((candidate) => candidate.id === 'morale');
      const partyName = index.actors.find((actor) => actor.id === party)?.name[language];
      if (!place || !topic || !partyName) throw new Error('the corpus lacks the filters used here');
      const query = 'Hama';
      await page.goto(
        `/timeline?actors=${party}&place=${place.id}&topic=${topic.id}&q=${query}&lang=${language}`,
      );
      const parts = [
        uiText(language, 'timeline.filterParties').replace('{{names}}', partyName),
        uiText(language, 'timeline.filterPlace').replace('{{name}}', place.name[language]),
        uiText(language, 'timeline.filterTopic').replace('{{name}}', topic.label[language]),
        uiText(language, 'timeline.filterQuery').replace('{{q}}', query),
      ];
      const showList = page.getByRole('link', { name: uiText(language, 'timeline.showList') });
      await expect(page.locator('p', { has: showList })).toContainText(
        uiText(language, 'timeline.filtered').replace(
          '{{filters}}',
          parts.join(language === 'ar' ? '؛ ' : '; '),
        ),
      );
      // ... and the link to the list keeps them all: the list shows what the timeline shows.
      await expect(listEvents(page).first()).toBeVisible();
      const shown = (await listEvents(page).allTextContents()).sort();
      await showList.click();
      await expect(page).toHaveURL(
        new RegExp(
          `^[^#]*/\\?(?=.*actors=${party})(?=.*place=${place.id})(?=.*topic=${topic.id})(?=.*q=${query})`,
        ),
      );
      await expect(page.locator('main li h2 a')).toHaveCount(shown.length);
      expect((await page.locator('main li h2 a').allTextContents()).sort()).toEqual(shown);
    });

    test('every claim mark is a 24 px target reached by Tab, named in the page’s language', async ({
      page,
    }) => {
      await page.goto(`/timeline?from=2019-06-01&to=2019-06-30&lang=${language}`);
      const target = page.locator(`[data-mark-target="${dayClaim.id}"]`);
      await expect(target).toBeVisible();
      const box = await target.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
      // Its name says who, when, which stance and the words a reader of this language reads.
      const label = (await target.getAttribute('aria-label')) ?? '';
      const factions = index.actors.find((actor) => actor.id === dayClaim.saidBy);
      expect(label).toContain(factions?.name[language] ?? '?');
      expect(label).toContain(uiText(language, `stance.${dayClaim.stance}`));
      const words =
        language === dayClaim.language ? dayClaim.quote : (dayClaim.translation ?? dayClaim.quote);
      expect(label).toContain(words);
      // Tab reaches it: from its event's title in the drawing, onwards until the mark has focus.
      await page.locator(`[data-event="${l39}"] a`).first().focus();
      const reached = async () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-mark-target') ?? null);
      let found = false;
      for (let step = 0; step < 30 && !found; step += 1) {
        found = (await reached()) === dayClaim.id;
        if (!found) await page.keyboard.press('Tab');
      }
      expect(found).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/events/${l39}.*#claim-${dayClaim.id}$`));
    });

    test('the L-39 event shows Hmeimim speaking after the opposition', async ({ page }) => {
      await page.goto(`/timeline?from=2019-06-01&to=2019-06-30&lang=${language}`);
      const l39 = page.locator(
        'section[aria-labelledby="timeline-event-l39-landing-hama-airport-2019-06"]',
      );
      await expect(l39.locator('li[data-claim]').first()).toBeVisible();
      const order = await l39
        .locator('li[data-claim]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-claim')));
      const opposition = order.indexOf('opposition-factions-announced-l39-out-of-service');
      const hmeimim = order.indexOf('hmeimim-possible-fault-engine-overheating');
      expect(opposition).toBeGreaterThanOrEqual(0);
      expect(hmeimim).toBeGreaterThan(opposition);
      const factions = index.actors.find((actor) => actor.id === 'syrian-opposition-factions');
      await expect(
        l39.locator('li[data-claim="hmeimim-possible-fault-engine-overheating"] a[data-after]'),
      ).toHaveText(
        new RegExp(
          uiText(language, 'timeline.afterClaim').replace(
            '{{party}}',
            factions?.name[language] ?? '',
          ),
        ),
      );
      // The drawing says it too, beside Hmeimim's mark.
      await expect(
        page.locator('[data-after="hmeimim-possible-fault-engine-overheating"]'),
      ).toBeVisible();
    });
  });
}

test('in Arabic time runs right to left and no English UI string is left', async ({
  page,
  axeViolations,
}) => {
  await page.goto('/timeline?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const bar = (id: string) => page.locator(`[data-event="${id}"] [data-mark="event"]`);
  await expect(bar('disputed-attack-southeast-idlib-2020-01')).toBeVisible();
  const may = await bar('russian-announced-halt-idlib-2019-05').boundingBox();
  const january = await bar('disputed-attack-southeast-idlib-2020-01').boundingBox();
  expect(may && january && may.x > january.x).toBe(true);
  expect(await axeViolations()).toEqual([]);

  const english = englishUiStrings();
  const shown = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], script, style, noscript').forEach((element) => {
      element.remove();
    });
    return clone.innerText;
  });
  expect(english.filter((text) => shown.includes(text))).toEqual([]);
});
