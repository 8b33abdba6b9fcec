import { readFileSync } from 'node:fs';
import { corpusIndexSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { uiText } from './i18n';

const index = corpusIndexSchema.parse(
  JSON.parse(readFileSync(new URL('../public/corpus/index.json', import.meta.url), 'utf8')),
);
const eventId = 'disputed-attack-southeast-idlib-2020-01';
const eventTitle = (language: 'en' | 'ar') => {
  const event = index.events.find((candidate) => candidate.id === eventId);
  if (!event) throw new Error(`no event ${eventId} in the corpus`);
  return event.title[language];
};

/** Reads one <meta>'s content from raw HTML, as a link-preview crawler would. */
function metaContent(html: string, attribute: 'name' | 'property', key: string) {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
}

function titleOf(html: string) {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

test.describe('static HTML entries for shared links', () => {
  test("an event's own HTML names it before any script runs", async ({ request }) => {
    const response = await request.get('/events/disputed-attack-southeast-idlib-2020-01');
    expect(response.status()).toBe(200);
    const html = await response.text();
    const title =
      'Disputed attack on government forces in south-east Idlib (January 2020) — Riwaya';
    expect(titleOf(html)).toBe(title);
    expect(metaContent(html, 'property', 'og:title')).toBe(title);
    expect(metaContent(html, 'property', 'og:type')).toBe('article');
    expect(metaContent(html, 'name', 'description')).toMatch(/^On Thursday 23 January 2020 Russia/);
    // No SITE_URL in this build: language alternates need absolute URLs, so there are none.
    expect(html).not.toContain('hreflang=');
  });

  test("a source's own HTML carries its translated headline", async ({ request }) => {
    const html = await (
      await request.get('/sources/unnamed-2020-01-russian-mod-40-soldiers?lang=ar')
    ).text();
    expect(titleOf(html)).toMatch(/^The Russian Ministry of Defence announced .* — Riwaya$/);
    expect(metaContent(html, 'property', 'og:title')).toBe(titleOf(html));
    expect(metaContent(html, 'name', 'description')).toContain('Original title: أعلنت وزارة');
  });

  test('an event entry loads the app, which shows that event', async ({ page }) => {
    await page.goto('/events/disputed-attack-southeast-idlib-2020-01');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Disputed attack on government forces in south-east Idlib (January 2020)',
    );
  });

  test('in Arabic the app names the event in Arabic, in the tab and the heading', async ({
    page,
  }) => {
    await page.goto(`/events/${eventId}?lang=ar`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventTitle('ar'));
    // The static entry is one file per path, in English; the app retitles the page once it runs.
    await expect(page).toHaveTitle(`${eventTitle('ar')} — ${uiText('ar', 'app.name')}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('an unknown address shows the not-found page with a way back', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to all events' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('404.html is the not-found view, kept out of search results', async ({ request }) => {
    const response = await request.get('/404.html');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    // The not-found view itself, prerendered, in place of an empty shell.
    expect(html).toContain(`>${uiText('en', 'notFound.title')}</h1>`);
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[^"]+\.js">/);
  });
});
