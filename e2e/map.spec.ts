import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { corpusIndexSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const areaPrecisions = new Set(['area', 'governorate', 'country']);
/** The places the events name, with how the map must draw each (from data/, not from the app). */
const namedPlaces = [...new Set(index.events.flatMap((event) => event.places))].map((id) => {
  const place = index.places.find((candidate) => candidate.id === id);
  if (!place) throw new Error(`unknown place ${id}`);
  return place;
});
const inRegion = (lat: number, lon: number) => lat > 31 && lat < 38.5 && lon > 33.5 && lon < 43.5;
const drawnPlaces = namedPlaces.filter(
  (place) => place.geo !== undefined && inRegion(place.geo.lat, place.geo.lon),
);
const outsidePlaces = namedPlaces.filter(
  (place) => place.geo !== undefined && !inRegion(place.geo.lat, place.geo.lon),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const map = (page: Page) => page.getByTestId('event-map');
const mark = (page: Page, placeId: string) => map(page).locator(`a[data-place="${placeId}"]`);
/** The distinct event titles the list beside the map links to. */
async function mapListTitles(page: Page): Promise<string[]> {
  const titles = await page
    .locator('section[aria-labelledby="map-places-title"] li[data-place] li a')
    .allTextContents();
  return [...new Set(titles)].sort();
}
/** A view's address in a language: Arabic pages live under /ar/. */
const at = (language: Language, path: string) => `${language === 'ar' ? '/ar' : ''}${path}`;
async function listTitles(page: Page, language: Language, query: string): Promise<string[]> {
  await page.goto(at(language, `/?${query}`));
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('main li h2 a').first()).toBeVisible();
  return (await page.locator('main li h2 a').allTextContents()).sort();
}
const plural = (language: Language, key: string, count: number) =>
  uiText(language, `${key}_${new Intl.PluralRules(language).select(count)}`).replace(
    '{{count}}',
    String(count),
  );

test('the corpus geometry is there to draw: every place the events name has coordinates', () => {
  expect(namedPlaces.every((place) => place.geo !== undefined)).toBe(true);
  expect(drawnPlaces.length).toBeGreaterThan(5);
});

for (const language of languages) {
  test.describe(`map (${language})`, () => {
    test('draws the events at their places, areas as areas, with a text alternative; nothing leaves the origin', async ({
      page,
      baseURL,
      axeViolations,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(at(language, '/map'));
      await expect(map(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');

      for (const place of drawnPlaces) {
        const kind = place.geo && areaPrecisions.has(place.geo.precision) ? 'area' : 'point';
        await expect(mark(page, place.id).first()).toHaveAttribute('data-kind', kind);
        const count = index.events.filter((event) => event.places.includes(place.id)).length;
        await expect(mark(page, place.id).locator('title')).toHaveText(
          new RegExp(`^${escapeRegExp(place.name[language])} \\(`),
        );
        await expect(
          page
            .locator(`li[data-place="${place.id}"]`)
            .getByText(plural(language, 'map.events', count)),
        ).toBeVisible();
      }
      // Each place says where its coordinates come from, in the page's language.
      for (const place of namedPlaces) {
        const basis = place.geo?.basis;
        if (!basis) continue;
        const shown = page.locator(`li[data-place="${place.id}"] [data-basis]`);
        await expect(shown).toContainText(basis[language]);
        if (language === 'ar') await expect(shown).not.toContainText(basis.en);
      }
      // Places beyond the region drawn (a summit's city) are listed, never dropped or pinned.
      for (const place of outsidePlaces) {
        await expect(mark(page, place.id)).toHaveCount(0);
        await expect(
          page.locator(`[data-group="outside"] li[data-place="${place.id}"]`),
        ).toBeVisible();
      }
      // Drawn where they are: Kafr Nabuda lies north-west of Hama military airport.
      const town = await mark(page, 'kafr-nabuda').locator('rect, circle').boundingBox();
      const airport = await mark(page, 'hama-military-airport')
        .locator('rect, circle')
        .boundingBox();
      if (!town || !airport) throw new Error('marks not drawn');
      expect(town.x).toBeLessThan(airport.x);
      expect(town.y).toBeLessThan(airport.y);

      // The text alternative names what is drawn; every event is in the list beside the map.
      await expect(
        page.getByRole('figure', { name: uiText(language, 'map.figureLabel') }),
      ).toContainText(plural(language, 'map.events', index.events.length));
      await expect
        .poll(() => mapListTitles(page))
        .toEqual(index.events.map((event) => event.title[language]).sort());
      expect(await axeViolations()).toEqual([]);

      const origin = new URL(baseURL ?? '').origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    });

    test('a party or a date range on the map matches the list', async ({ page }) => {
      for (const query of ['actors=mada-post', 'from=2019-06-01&to=2019-06-30']) {
        const expected = await listTitles(page, language, query);
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(index.events.length);
        await page.goto(at(language, `/map?${query}`));
        await expect(map(page)).toBeVisible();
        await expect(page.getByTestId('map-summary')).toContainText(
          plural(language, 'map.events', expected.length),
        );
        await expect.poll(() => mapListTitles(page)).toEqual(expected);
      }
    });

    test('clicking a place filters to it, and clicking it again shows every place', async ({
      page,
    }) => {
      const place = 'kafr-nabuda';
      const name = index.places.find((candidate) => candidate.id === place)?.name[language] ?? '';
      const expected = index.events
        .filter((event) => event.places.includes(place))
        .map((event) => event.title[language])
        .sort();
      expect(expected.length).toBeLessThan(index.events.length);

      await page.goto(at(language, '/map'));
      await mark(page, place).locator('rect, circle').click();
      await expect(page).toHaveURL(new RegExp(`[?&]place=${place}(&|$)`));
      await expect(page.getByTestId('map-summary')).toContainText(
        plural(language, 'map.events', expected.length),
      );
      await expect.poll(() => mapListTitles(page)).toEqual(expected);
      await expect(
        page.getByRole('button', {
          name: uiText(language, 'map.list.filter').replace('{{name}}', name),
        }),
      ).toHaveAttribute('aria-pressed', 'true');
      // The list shows the same events for the same place.
      expect(await listTitles(page, language, `place=${place}`)).toEqual(expected);

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`[?&]place=${place}(&|$)`));
      await mark(page, place).locator('rect, circle').click();
      await expect(page).not.toHaveURL(/[?&]place=/);
      // The address changes first and the list follows it: wait for the list, not once.
      await expect
        .poll(() => mapListTitles(page))
        .toEqual(index.events.map((event) => event.title[language]).sort());
    });

    test('an event page shows a locator map of its places', async ({ page }) => {
      const event = index.events.find(
        (candidate) => candidate.id === 'tal-malah-and-al-jibeen-2019',
      );
      if (!event) throw new Error('the corpus lacks the event used here');
      const located = event.places.flatMap((id) => {
        const place = index.places.find((candidate) => candidate.id === id);
        return place?.geo && place.geo.precision !== 'country' ? [place] : [];
      });
      expect(located.length).toBeGreaterThan(1);
      await page.goto(at(language, `/events/${event.id}`));
      const locator = page.getByTestId('locator-map').getByRole('img');
      for (const place of located)
        await expect(locator).toHaveAccessibleName(new RegExp(escapeRegExp(place.name[language])));
      await expect(page.getByTestId('locator-map').locator('circle, rect')).toHaveCount(
        located.length,
      );
    });
  });
}
