import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { corpusIndexSchema } from '../src/corpus/shards';
import { countText } from './counts';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

// Expectations come from data/ itself (who spoke where, what belongs to what, what lies
// within what), never from the app's filter; the compiled index only gives the list's order.
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
interface DataEvent {
  id: string;
  places: string[];
  claims: { saidBy: string }[];
}
const dataEvents = readdirSync(new URL('../data/events/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => readJson(`../data/events/${file}`) as DataEvent);
const dataActors = (
  readJson('../data/actors.json') as { actors: { id: string; memberOf?: string }[] }
).actors;
const dataPlaces = (
  readJson('../data/places.json') as { places: { id: string; within?: string }[] }
).places;
const index = corpusIndexSchema.parse(readJson('../public/corpus/index.json'));

const speakers = (event: DataEvent) => new Set(event.claims.map((claim) => claim.saidBy));
/** A party and every body belonging to it, at any depth. */
const withMembers = (id: string): string[] => {
  const found = [id];
  // The loop visits what it appends: the members of members.
  for (const current of found) {
    for (const actor of dataActors) {
      if (actor.memberOf === current && !found.includes(actor.id)) found.push(actor.id);
    }
  }
  return found;
};
/** A place and every place it lies within. */
const placeAndAbove = (id: string): string[] => {
  const found = [id];
  for (let up = dataPlaces.find((p) => p.id === id)?.within; up && !found.includes(up);) {
    found.push(up);
    up = dataPlaces.find((p) => p.id === up)?.within;
  }
  return found;
};
/** Ids in the list's default order (the index's: by date). */
const inListOrder = (ids: Set<string>) =>
  index.events.filter((event) => ids.has(event.id)).map((event) => event.id);
const idsWhere = (test: (event: DataEvent) => boolean) =>
  inListOrder(new Set(dataEvents.filter(test).map((event) => event.id)));

const nameOf = (kind: 'actors' | 'places', id: string, language: Language) => {
  const entry = index[kind].find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no ${kind} ${id} in the corpus`);
  return entry.name[language];
};
const titleOf = (id: string, language: Language) =>
  index.events.find((event) => event.id === id)?.title[language] ?? id;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const optionNamed = (name: string) => new RegExp(`^${escape(name)} \\(\\d+\\)$`);
const eventLinks = (page: Page) => page.locator('main li h2 a');
const parties = (page: Page, language: Language) =>
  page.getByRole('group', { name: uiText(language, 'eventFilters.parties.legend'), exact: true });

const attack = 'disputed-attack-southeast-idlib-2020-01';

test('the data holds the cases these journeys rely on', () => {
  const event = dataEvents.find((candidate) => candidate.id === attack);
  if (!event) throw new Error('no January 2020 attack');
  // Russia itself did not speak there; its Ministry of Defence, a body of Russia's, did.
  expect(speakers(event).has('russia')).toBe(false);
  expect(withMembers('russia')).toContain('russian-mod');
  expect(speakers(event).has('russian-mod')).toBe(true);
});

for (const language of languages) {
  test.describe(`the list's filters (${language})`, () => {
    test('Russia with its members includes the January 2020 attack; Russia only does not', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}&actors=russia`);
      const expected = idsWhere((event) =>
        withMembers('russia').some((body) => speakers(event).has(body)),
      );
      expect(expected).toContain(attack);
      await expect(eventLinks(page)).toHaveText(expected.map((id) => titleOf(id, language)));
      await expect(page).not.toHaveURL(/members=/);

      await parties(page, language)
        .getByRole('radio', { name: uiText(language, 'eventFilters.parties.members.exclude') })
        .check();
      await expect(page).toHaveURL(/[?&]members=exclude(&|$)/);
      const own = idsWhere((event) => speakers(event).has('russia'));
      expect(own).not.toContain(attack);
      await expect(eventLinks(page)).toHaveText(own.map((id) => titleOf(id, language)));

      await page.reload();
      await expect(eventLinks(page)).toHaveText(own.map((id) => titleOf(id, language)));
      // Back to the default: nothing written.
      await parties(page, language)
        .getByRole('radio', { name: uiText(language, 'eventFilters.parties.members.include') })
        .check();
      await expect(page).not.toHaveURL(/members=/);
      await expect(eventLinks(page)).toHaveText(expected.map((id) => titleOf(id, language)));
    });

    test('"all of" the Russian MoD and the Observatory gives the events where both spoke', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      const group = parties(page, language);
      for (const id of ['russian-mod', 'sohr']) {
        await group
          .getByRole('checkbox', { name: optionNamed(nameOf('actors', id, language)) })
          .check();
      }
      const any = idsWhere((event) =>
        ['russian-mod', 'sohr'].some((party) =>
          withMembers(party).some((body) => speakers(event).has(body)),
        ),
      );
      await expect(eventLinks(page)).toHaveText(any.map((id) => titleOf(id, language)));

      await group
        .getByRole('radio', { name: uiText(language, 'eventFilters.parties.match.all') })
        .check();
      await expect(page).toHaveURL(/[?&]match=all(&|$)/);
      const both = idsWhere((event) =>
        ['russian-mod', 'sohr'].every((party) =>
          withMembers(party).some((body) => speakers(event).has(body)),
        ),
      );
      expect(both.length).toBeGreaterThan(0);
      expect(both.length).toBeLessThan(any.length);
      await expect(eventLinks(page)).toHaveText(both.map((id) => titleOf(id, language)));
      await page.reload();
      await expect(eventLinks(page)).toHaveText(both.map((id) => titleOf(id, language)));
    });

    test('several places, each with the places within it', async ({ page }) => {
      await page.goto(`/?lang=${language}`);
      const place = page.getByRole('group', {
        name: uiText(language, 'eventFilters.place.label'),
        exact: true,
      });
      const chosen = ['idlib-governorate', 'tal-malah'];
      for (const id of chosen) {
        await place
          .getByRole('checkbox', { name: optionNamed(nameOf('places', id, language)) })
          .check();
      }
      await expect(page).toHaveURL(new RegExp(`[?&]place=${chosen.join(',')}(&|$)`));
      const expected = idsWhere((event) =>
        event.places.some((own) => placeAndAbove(own).some((up) => chosen.includes(up))),
      );
      // An event that names only a place within Idlib governorate, not the governorate itself.
      const within = dataEvents.filter(
        (event) => !event.places.some((own) => chosen.includes(own)) && expected.includes(event.id),
      );
      expect(within.length).toBeGreaterThan(0);
      await expect(eventLinks(page)).toHaveText(expected.map((id) => titleOf(id, language)));
    });

    test('disputed-only and the most-disputed order live in the URL and survive a reload', async ({
      page,
    }) => {
      await page.goto(`/?lang=${language}`);
      await page
        .getByRole('checkbox', { name: uiText(language, 'eventFilters.disputed.label') })
        .check();
      await page
        .getByRole('radio', { name: uiText(language, 'eventFilters.sort.disputes') })
        .check();
      await expect(page).toHaveURL(/[?&]disputed=only(&|$)/);
      await expect(page).toHaveURL(/[?&]sort=disputes(&|$)/);
      const expected = index.events
        .filter((event) => event.disputedQuestionCount > 0)
        .sort((a, b) => b.disputedQuestionCount - a.disputedQuestionCount);
      expect(expected.length).toBeLessThan(index.events.length);
      const titles = expected.map((event) => event.title[language]);
      await expect(eventLinks(page)).toHaveText(titles);

      await page.reload();
      await expect(eventLinks(page)).toHaveText(titles);
      await expect(
        page.getByRole('checkbox', { name: uiText(language, 'eventFilters.disputed.label') }),
      ).toBeChecked();
      await expect(
        page.getByRole('radio', { name: uiText(language, 'eventFilters.sort.disputes') }),
      ).toBeChecked();

      // The timeline honours disputed-only too, and says so.
      await page.goto(`/timeline?lang=${language}&disputed=only`);
      await expect(page.locator('main')).toContainText(uiText(language, 'timeline.filterDisputed'));
      await expect(page.locator('#timeline-list-title ~ ol > li h3 a')).toHaveCount(
        expected.length,
      );
    });

    test('on a 390 px phone the open panel keeps a "Show N events" bar at the bottom', async ({
      page,
      axeViolations,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?lang=${language}`);
      await expect(eventLinks(page)).toHaveCount(index.events.length);
      await page.getByRole('button', { name: uiText(language, 'eventFilters.toggle') }).click();
      const bar = page.getByRole('button', {
        name: countText(language, 'eventFilters.showResults', { count: index.events.length }),
      });
      await expect(bar).toBeVisible();
      const box = await bar.boundingBox();
      expect(box && box.y + box.height).toBeGreaterThan(844 - 40);
      expect(box && box.y + box.height).toBeLessThanOrEqual(844);

      await parties(page, language)
        .getByRole('checkbox', { name: optionNamed(nameOf('actors', 'sohr', language)) })
        .check();
      const sohr = idsWhere((event) => speakers(event).has('sohr'));
      const shown = page.getByRole('button', {
        name: countText(language, 'eventFilters.showResults', { count: sohr.length }),
      });
      await expect(shown).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      await shown.click();
      await expect(
        page.getByRole('button', { name: uiText(language, 'eventFilters.toggle') }),
      ).toHaveAttribute('aria-expanded', 'false');
      await expect(
        page.getByRole('status').filter({ hasText: String(index.events.length) }),
      ).toBeFocused();
      await expect(eventLinks(page).first()).toBeInViewport();
      await expect(eventLinks(page)).toHaveCount(sohr.length);
    });

    test('the panel with every new control showing has no axe violations', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(
        `/?lang=${language}&actors=russian-mod,sohr&match=all&place=idlib-governorate`,
      );
      await expect(
        parties(page, language).getByRole('radio', {
          name: uiText(language, 'eventFilters.parties.match.all'),
        }),
      ).toBeChecked();
      expect(await axeViolations()).toEqual([]);
    });
  });
}
