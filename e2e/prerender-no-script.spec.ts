import { readdirSync, readFileSync } from 'node:fs';
import { languagePath } from '../src/config/paths';
import { expect, test } from './fixtures';
import { languages, uiText, type Language } from './i18n';

interface DataClaim {
  id: string;
  saidBy: string;
  source: string;
  quote: string;
  translation?: string;
  saidOn?: { value: string };
}
interface DataEvent {
  id: string;
  title: Record<Language, string>;
  claims: DataClaim[];
}

/** The corpus as its editors wrote it, in data/: what every page must carry. */
const dataDir = new URL('../data/', import.meta.url);
const events = readdirSync(new URL('events/', dataDir))
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(`events/${file}`, dataDir), 'utf8')) as DataEvent);
const actors = new Map(
  (
    JSON.parse(readFileSync(new URL('actors.json', dataDir), 'utf8')) as {
      actors: { id: string; name: Record<Language, string> }[];
    }
  ).actors.map((actor) => [actor.id, actor.name]),
);
const flagship = events.find((event) => event.id === 'disputed-attack-southeast-idlib-2020-01');
if (!flagship) throw new Error('the flagship event is not in data/');
const [firstClaim] = flagship.claims;
if (!firstClaim) throw new Error('the flagship event has no claims');

/** Text as React writes it into HTML. */
const asHtmlText = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

test.describe('the HTML as fetched, before any script', () => {
  for (const language of languages) {
    test(`every comparison carries every claim's quote and translation (${language})`, async ({
      request,
    }) => {
      for (const event of events) {
        const response = await request.get(languagePath(`/events/${event.id}`, language));
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toMatch(
          new RegExp(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`),
        );
        for (const claim of event.claims) {
          expect(html, `${event.id}: ${claim.id}`).toContain(asHtmlText(claim.quote));
          if (claim.translation !== undefined) {
            expect(html, `${event.id}: ${claim.id}`).toContain(asHtmlText(claim.translation));
          }
        }
      }
    });
  }
});

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list links every event, in both languages', async ({ page }) => {
    for (const language of languages) {
      await page.goto(languagePath('/', language));
      for (const event of events) {
        await expect(
          page.locator(`a[href="${languagePath(`/events/${event.id}`, language)}"]`).first(),
        ).toBeVisible();
      }
      // The controls say they need script: shown disabled, and a <noscript> note says so
      // (Chromium with script turned off by the test still parses <noscript> as text).
      await expect(
        page.getByRole('searchbox', { name: uiText(language, 'eventFilters.search.label') }),
      ).toBeDisabled();
      expect(await page.content()).toContain(`<noscript>`);
    }
  });

  test('the note on what needs script is in the page, in its language', async ({ request }) => {
    for (const language of languages) {
      const html = await (await request.get(languagePath('/', language))).text();
      expect(html).toMatch(
        new RegExp(`<noscript><p [^>]*>${uiText(language, 'app.needsScript')}</p></noscript>`),
      );
    }
  });

  for (const language of languages) {
    test(`a comparison, its party and its source read completely (${language})`, async ({
      page,
    }) => {
      await page.goto(languagePath(`/events/${flagship.id}`, language));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(flagship.title[language]);
      for (const claim of flagship.claims) {
        const card = page.locator(`[data-claim="${claim.id}"]`);
        await expect(card).toContainText(claim.quote);
        if (claim.translation !== undefined) await expect(card).toContainText(claim.translation);
        await expect(card).toContainText(actors.get(claim.saidBy)?.[language] ?? claim.saidBy);
        if (claim.saidOn) {
          await expect(card.locator(`time[datetime="${claim.saidOn.value}"]`)).toHaveCount(1);
        }
      }

      // A link navigates: the first claim's party, whose page lists what it said here.
      const party = actors.get(firstClaim.saidBy)?.[language] ?? '';
      await page
        .locator(`[data-claim="${firstClaim.id}"]`)
        .getByRole('link', { name: party, exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(
        new RegExp(`${languagePath(`/actors/${firstClaim.saidBy}`, language)}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(party);
      for (const claim of flagship.claims.filter((c) => c.saidBy === firstClaim.saidBy)) {
        await expect(page.locator(`[data-claim="${claim.id}"]`)).toContainText(claim.quote);
      }

      // The source: its text, with every claim quoted from it marked.
      await page.goto(languagePath(`/sources/${firstClaim.source}`, language));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const claim of flagship.claims.filter((c) => c.source === firstClaim.source)) {
        await expect(page.locator(`mark[data-claims~="${claim.id}"]`).first()).toBeVisible();
      }
    });
  }
});
