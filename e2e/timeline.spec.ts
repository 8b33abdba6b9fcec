import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema, type CompiledClaim } from '../src/corpus/shards';
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

/** The days a claim's date may mean, as ISO strings (they compare as text). */
function claimDays({ saidOn }: CompiledClaim): [string, string] {
  if (saidOn.precision === 'day') return [saidOn.value, saidOn.value];
  if (saidOn.precision === 'year') return [`${saidOn.value}-01-01`, `${saidOn.value}-12-31`];
  const [year = 0, month = 1] = saidOn.value.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${saidOn.value}-01`, `${saidOn.value}-${String(last).padStart(2, '0')}`];
}

const juneEvents = [
  'idlib-campaign-2019-start-toll-and-course',
  'l39-landing-hama-airport-2019-06',
  'tal-malah-and-al-jibeen-2019',
];
/** How many of these events' claims may have been made between `from` and `to`. */
const claimsBetween = (events: readonly string[], from: string, to: string) =>
  events
    .flatMap((id) => shardOf(id).claims)
    .filter((claim) => {
      const [first, last] = claimDays(claim);
      return first <= to && last >= from;
    }).length;
const juneClaims = claimsBetween(juneEvents, '2019-06-01', '2019-06-30');
const augustEvents = ['astana-13-ceasefire-2019-08'];
const augustClaims = claimsBetween(augustEvents, '2019-08-01', '2019-08-31');

const plural = (language: Language, key: string, count: number) =>
  uiText(language, `${key}_${new Intl.PluralRules(language).select(count)}`).replace(
    '{{count}}',
    String(count),
  );
const monthName = (language: Language, month: string) =>
  new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
const countText = (language: Language, events: number, claims: number, month: string) =>
  uiText(language, 'timeline.count')
    .replace('{{events}}', plural(language, 'timeline.events', events))
    .replace('{{claims}}', plural(language, 'timeline.claims', claims))
    .replace(
      '{{period}}',
      uiText(language, 'timeline.in').replace('{{date}}', monthName(language, month)),
    );

const listEvents = (page: Page) => page.locator('#timeline-list-title ~ ol > li h3 a');
const count = (page: Page) => page.getByTestId('timeline-count');

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
      await expect(count(page)).toHaveText(countText(language, 3, juneClaims, '2019-06'));
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
