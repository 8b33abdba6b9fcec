import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../src/features/exports/utils/parse-csv';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText, type Language } from './i18n';

const eventId = 'disputed-attack-southeast-idlib-2020-01';
// sohr and the EU hidden, Naji moved first: the export must follow the screen, not the corpus.
const shown = ['naji-al-mustafa', 'russian-mod', 'syrian-state-media'];

const withLang = (path: string, lang: Language) =>
  lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

async function download(page: Page, lang: Language, key: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: uiText(lang, key), exact: true }).click(),
  ]);
  return file;
}

async function readText(file: Download): Promise<string> {
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** The claims on screen, in the order the page shows them. */
function claimsOnScreen(page: Page): Promise<string[]> {
  return page
    .locator('[data-claim]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim') ?? ''));
}

async function csvRecords(file: Download): Promise<Record<string, string>[]> {
  const path = await file.path();
  const bytes = readFileSync(path);
  // The byte-order mark Excel needs to read UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...records] = parseCsv(bytes.toString('utf8').slice(1));
  return records.map((record) =>
    Object.fromEntries(header.map((name, position) => [name, record[position] ?? ''])),
  );
}

for (const lang of languages) {
  test.describe(`exports from a comparison (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(withLang(`/events/${eventId}?actors=${shown.join(',')}`, lang));
      await waitForComparison(page);
    });

    test('the CSV holds exactly the claims of the parties shown, in screen order', async ({
      page,
      axeViolations,
    }) => {
      const file = await download(page, lang, 'exports.csv');
      expect(file.suggestedFilename()).toBe(`riwaya-${eventId}-claims.csv`);
      const records = await csvRecords(file);
      const onScreen = await claimsOnScreen(page);
      expect(onScreen.length).toBeGreaterThan(0);
      expect(records.map((record) => record.claim_id)).toEqual(onScreen);
      expect(new Set(records.map((record) => record.said_by_id))).toEqual(new Set(shown));
      for (const record of records) {
        expect(record.permalink).toMatch(
          new RegExp(`^https?://[^/]+/events/${eventId}#claim-${record.claim_id ?? ''}$`),
        );
        expect(record.quote).not.toBe('');
      }
      await expect(page.locator('[data-exports] [aria-live]')).toContainText(
        String(onScreen.length),
      );
      expect(await axeViolations()).toEqual([]);
    });

    test('the JSON holds the same rows with structured figures and the view’s filters', async ({
      page,
    }) => {
      const file = await download(page, lang, 'exports.json');
      expect(file.suggestedFilename()).toBe(`riwaya-${eventId}-claims.json`);
      const json = JSON.parse(await readText(file)) as {
        filters: { event: string; actors: string[] };
        rows: { claim_id: string; figures: unknown[] }[];
      };
      expect(json.filters).toEqual({ event: eventId, actors: shown });
      expect(json.rows.map((row) => row.claim_id)).toEqual(await claimsOnScreen(page));
      expect(json.rows.some((row) => row.figures.length > 0)).toBe(true);
    });

    test('the JSON-LD names the author of every claim on screen', async ({ page }) => {
      const file = await download(page, lang, 'exports.jsonLd');
      const text = await readText(file);
      expect(text).not.toContain('<');
      const graph = (JSON.parse(text) as { '@graph': Record<string, unknown>[] })['@graph'];
      const claims = graph.filter((node) => node['@type'] === 'Claim');
      const onScreen = await claimsOnScreen(page);
      expect(claims.map((node) => String(node['@id']).split('#claim-')[1])).toEqual(onScreen);
      for (const id of onScreen) {
        const node = claims.find((claim) => String(claim['@id']).endsWith(`#claim-${id}`));
        const author = node?.author as { name: string; alternateName: string };
        // The party's name as its column shows it, in the page's language.
        const card = page.locator(`[data-claim="${id}"]`);
        const party = await card.evaluate((element) => element.closest('td')?.dataset.party ?? '');
        const heading = page.locator(`thead th[data-party="${party}"] bdi`).first();
        await expect(heading).toHaveText(lang === 'en' ? author.name : author.alternateName);
      }
    });
  });

  test(`the list exports every claim of the events it shows (${lang})`, async ({ page }) => {
    await page.goto(withLang('/?actors=russian-mod', lang));
    const links = page.locator('main li h2 a');
    await expect(links.first()).toBeVisible();
    const listed = (
      await links.evaluateAll((anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
      )
    ).map((href) => decodeURIComponent(href.split('/events/')[1]?.split(/[?#]/)[0] ?? ''));

    const file = await download(page, lang, 'exports.csv');
    expect(file.suggestedFilename()).toBe('riwaya-events-claims.csv');
    const records = await csvRecords(file);

    const index = (await (await page.request.get('/corpus/index.json')).json()) as {
      events: { id: string; shard: string }[];
    };
    const expected: string[] = [];
    for (const id of listed) {
      const shard = index.events.find((event) => event.id === id)?.shard ?? '';
      const body = (await (await page.request.get(`/corpus/${shard}`)).json()) as {
        claims: { id: string }[];
      };
      expected.push(...body.claims.map((claim) => claim.id));
    }
    expect(listed.length).toBeGreaterThan(0);
    expect([...new Set(records.map((record) => record.event_id))]).toEqual(listed);
    expect(records.map((record) => record.claim_id).sort()).toEqual(expected.sort());
  });
}
