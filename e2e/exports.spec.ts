import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import {
  corpusIndexSchema,
  eventShardSchema,
  type CorpusIndex,
  type EventShard,
} from '../src/corpus/shards';
import { questionStatus } from '../src/corpus/rules/question-status';
import { actorWithMembers } from '../src/lib/actor-members';
import { claimColumns, type ClaimRow } from '../src/features/exports/utils/claim-rows';
import { neutraliseFormula } from '../src/features/exports/utils/csv';
import { parseCsv } from '../src/features/exports/utils/parse-csv';
import { expect, test, waitForComparison } from './fixtures';
import { hostileCorpus, serveCorpus } from './hostile-corpus';
import { languages, uiText, type Language } from './i18n';

const eventId = 'disputed-attack-southeast-idlib-2020-01';
// sohr and the EU hidden, Naji moved first: the export must follow the screen, not the corpus.
const shown = ['naji-al-mustafa', 'russian-mod', 'syrian-state-media'];

const corpusFile = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(corpusFile('index.json'));
const shardOf = (id: string): EventShard =>
  eventShardSchema.parse(corpusFile(index.events.find((event) => event.id === id)?.shard ?? ''));

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
  expect(header).toEqual([...claimColumns]);
  return records.map((record) =>
    Object.fromEntries(header.map((name, position) => [name, record[position] ?? ''])),
  );
}

async function jsonRows(file: Download): Promise<ClaimRow[]> {
  return (JSON.parse(await readText(file)) as { rows: ClaimRow[] }).rows;
}

/**
 * What a row must say of a claim, read from the compiled shard and index the
 * page was served: the exported fields one by one, and the exact permalink.
 */
function expectRowIsClaim(row: ClaimRow, shard: EventShard, corpus: CorpusIndex, origin: string) {
  const claim = shard.claims.find((candidate) => candidate.id === row.claim_id);
  if (!claim) throw new Error(`row ${row.claim_id} is no claim of ${shard.event.id}`);
  const source = shard.sources.find((candidate) => candidate.id === claim.source);
  const nameOf = (id: string) => corpus.actors.find((actor) => actor.id === id)?.name;
  const chain = claim.reportedBy.map((id) => nameOf(id)?.en ?? id);
  if (source?.outlet === null) chain.push('(unnamed outlet)');
  const { date } = shard.event;
  expect(row).toEqual({
    claim_id: claim.id,
    permalink: `${origin}/events/${shard.event.id}#claim-${claim.id}`,
    event_id: shard.event.id,
    event_title_en: shard.event.title.en,
    event_title_ar: shard.event.title.ar,
    question_id: claim.question,
    question_en: shard.event.questions.find((q) => q.id === claim.question)?.label.en,
    question_ar: shard.event.questions.find((q) => q.id === claim.question)?.label.ar,
    said_by_id: claim.saidBy,
    said_by_en: nameOf(claim.saidBy)?.en,
    said_by_ar: nameOf(claim.saidBy)?.ar,
    reported_by: chain.join(' → '),
    source_id: claim.source,
    source_title: source?.title,
    source_url: source?.url ?? '',
    source_published: `${source?.published.value ?? ''} (${source?.published.precision ?? ''})`,
    quote: claim.quote,
    quote_language: claim.language,
    translation_en: claim.translation ?? (claim.language === 'en' ? claim.quote : ''),
    stance: claim.stance,
    figures: claim.figures.map((figure) => ({
      ...figure,
      metric_en: corpus.metrics.find((metric) => metric.id === figure.metric)?.label.en,
    })),
    said_on: claim.saidOn.value,
    said_on_precision: claim.saidOn.precision,
    said_on_basis: claim.saidOn.basis,
    said_on_note: claim.saidOn.note ?? '',
    // Judged on every party's claims to the question, as the screen judges it.
    question_status: questionStatus(
      shard.claims.filter((c) => c.question === claim.question),
      (party) => {
        // A side of unknown alignment confirms no one, as on screen.
        const side = corpus.actors.find((actor) => actor.id === party)?.side;
        const known = corpus.sides.find((candidate) => candidate.id === side);
        return known && known.unknownAlignment !== true ? side : undefined;
      },
    ).status,
    event_date_from: date.from.value,
    event_date_from_precision: date.from.precision,
    event_date_to: date.to?.value ?? '',
    event_date_to_precision: date.to?.precision ?? '',
    gist_en: claim.gist?.en ?? '',
    gist_ar: claim.gist?.ar ?? '',
    wording: claim.wording ?? '',
  });
}

/** The CSV reads back to the JSON's rows: every column, figures as one cell of text. */
function expectCsvIsJson(records: Record<string, string>[], rows: ClaimRow[]) {
  expect(records).toHaveLength(rows.length);
  for (const [position, row] of rows.entries()) {
    const record = records[position];
    for (const column of claimColumns) {
      if (column === 'figures') {
        expect((record?.figures ?? '').split('; ').filter(Boolean)).toHaveLength(
          row.figures.length,
        );
        for (const figure of row.figures) expect(record?.figures).toContain(figure.metric_en);
      } else {
        // A cell that would start a formula carries a leading apostrophe (the hostile test).
        expect(record?.[column], `${row.claim_id} ${column}`).toBe(neutraliseFormula(row[column]));
      }
    }
  }
}

for (const lang of languages) {
  test.describe(`exports from a comparison (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(withLang(`/events/${eventId}?actors=${shown.join(',')}`, lang));
      await waitForComparison(page);
    });

    test('the CSV and JSON hold exactly the claims of the parties shown, field by field', async ({
      page,
      axeViolations,
    }) => {
      const csv = await download(page, lang, 'exports.csv');
      expect(csv.suggestedFilename()).toBe(`riwaya-${eventId}-claims.csv`);
      const records = await csvRecords(csv);
      const json = await download(page, lang, 'exports.json');
      expect(json.suggestedFilename()).toBe(`riwaya-${eventId}-claims.json`);
      const document = JSON.parse(await readText(json)) as {
        filters: { event: string; actors: string[] };
        rows: ClaimRow[];
      };
      expect(document.filters).toEqual({ event: eventId, actors: shown });

      const onScreen = await claimsOnScreen(page);
      expect(onScreen.length).toBeGreaterThan(0);
      expect(document.rows.map((row) => row.claim_id)).toEqual(onScreen);
      expect(new Set(document.rows.map((row) => row.said_by_id))).toEqual(new Set(shown));
      expect(document.rows.some((row) => row.figures.length > 0)).toBe(true);
      const origin = new URL(page.url()).origin;
      for (const row of document.rows) expectRowIsClaim(row, shardOf(eventId), index, origin);
      expectCsvIsJson(records, document.rows);

      await expect(page.locator('[data-exports] [aria-live]')).toContainText(
        String(onScreen.length),
      );
      expect(await axeViolations()).toEqual([]);
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
        // The party's name as its card shows it (a link to its page), in the page's language.
        const card = page.locator(`[data-claim="${id}"]`);
        const name = card.locator('a[href*="/actors/"] bdi').first();
        await expect(name).toHaveText(lang === 'en' ? author.name : author.alternateName);
      }
    });
  });

  test(`the list filtered by a party exports its and its members' claims of the events it shows (${lang})`, async ({
    page,
  }) => {
    const party = 'russian-mod';
    // The filter means the Ministry with the bodies that belong to it (its forces, Hmeimim…).
    const speakers = new Set(actorWithMembers(party, index.actors));
    expect(speakers.size).toBeGreaterThan(1);
    await page.goto(withLang(`/?actors=${party}`, lang));
    const links = page.locator('main li h2 a');
    await expect(links.first()).toBeVisible();
    const listed = (
      await links.evaluateAll((anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
      )
    ).map((href) => decodeURIComponent(href.split('/events/')[1]?.split(/[?#]/)[0] ?? ''));
    expect(listed.length).toBeGreaterThan(0);

    const records = await csvRecords(await download(page, lang, 'exports.csv'));
    const rows = await jsonRows(await download(page, lang, 'exports.json'));
    const expected = listed.flatMap((id) =>
      shardOf(id)
        .claims.filter((claim) => speakers.has(claim.saidBy))
        .map((claim) => claim.id),
    );
    // Events they spoke in, in list order; other parties' claims left out.
    expect([...new Set(rows.map((row) => row.event_id))]).toEqual(
      listed.filter((id) => shardOf(id).claims.some((claim) => speakers.has(claim.saidBy))),
    );
    expect(rows.map((row) => row.claim_id).sort()).toEqual(expected.sort());
    expect(rows.every((row) => speakers.has(row.said_by_id))).toBe(true);
    expect(rows.some((row) => row.said_by_id !== party)).toBe(true);
    expectCsvIsJson(records, rows);
  });
}

test('the unfiltered list exports every claim, and its CSV reads back to its JSON', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('main li h2 a').first()).toBeVisible();
  const records = await csvRecords(await download(page, 'en', 'exports.csv'));
  const rows = await jsonRows(await download(page, 'en', 'exports.json'));
  expect(rows.map((row) => row.claim_id).sort()).toEqual(
    index.events.flatMap((event) => shardOf(event.id).claims.map((claim) => claim.id)).sort(),
  );
  const origin = new URL(page.url()).origin;
  for (const row of rows) expectRowIsClaim(row, shardOf(row.event_id), index, origin);
  // Quotes with line breaks and double quotes, Arabic text with commas: all must survive.
  expect(rows.some((row) => row.quote.includes('\n'))).toBe(true);
  expect(rows.some((row) => /[",]/.test(row.quote))).toBe(true);
  expectCsvIsJson(records, rows);
});

test('a quote that starts a formula is neutralised in the CSV, unchanged in the JSON', async ({
  page,
}) => {
  const hostile = await hostileCorpus();
  const shardPath = [...hostile.files.keys()].find((path) =>
    path.startsWith('events/hostile-event.'),
  );
  const shard = eventShardSchema.parse(JSON.parse(hostile.files.get(shardPath ?? '') ?? '{}'));
  const formula = '=HYPERLINK("https://evil.example","click"),1';
  const [target] = shard.claims;
  if (!target) throw new Error('the hostile event has no claims');
  // Served as the corpus says nothing about where a quote starts: the export must cope.
  const files = new Map(hostile.files);
  files.set(
    shardPath ?? '',
    JSON.stringify({
      ...shard,
      claims: shard.claims.map((claim) =>
        claim.id === target.id ? { ...claim, quote: formula } : claim,
      ),
    }),
  );
  await serveCorpus(page, { ...hostile, files });
  await page.goto(`/events/hostile-event?actors=${target.saidBy}`);
  await waitForComparison(page);

  const records = await csvRecords(await download(page, 'en', 'exports.csv'));
  const rows = await jsonRows(await download(page, 'en', 'exports.json'));
  expect(records.find((record) => record.claim_id === target.id)?.quote).toBe(`'${formula}`);
  expect(rows.find((row) => row.claim_id === target.id)?.quote).toBe(formula);
  expectCsvIsJson(records, rows);
});
