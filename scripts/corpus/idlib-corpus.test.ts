import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneSidedWordsIn } from '../../src/corpus/rules/one-sided-words';
import { compileIdlibCorpus, type IdlibCorpus } from './idlib-fixture';

/**
 * Pins what the bundled corpus as a whole must keep: its events, its sources'
 * outlets and dates, and who speaks for whom. Each event's disagreements are
 * pinned in its own idlib-*.test.ts file.
 */

let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('the bundled Idlib corpus', () => {
  it('compiles with zero problems and holds the six events and five sources', () => {
    expect(corpus.index.corpus.id).toBe('idlib-2019-2020');
    expect(corpus.eventIds).toEqual([
      'astana-13-ceasefire-2019-08',
      'disputed-attack-southeast-idlib-2020-01',
      'idlib-campaign-2019-start-toll-and-course',
      'l39-landing-hama-airport-2019-06',
      'russian-announced-halt-idlib-2019-05',
      'tal-malah-and-al-jibeen-2019',
    ]);
    expect(corpus.index.sourceCount).toBe(5);
  });

  it('ties speakers to their bodies', () => {
    expect(corpus.actor('naji-al-mustafa')?.memberOf).toBe('national-liberation-front');
    expect(corpus.actor('hmeimim-base')?.memberOf).toBe('russian-armed-forces');
    expect(corpus.actor('mustafa-bakour')?.memberOf).toBe('jaish-al-izza');
    expect(corpus.actor('samer-al-saleh')?.memberOf).toBe('jaish-al-izza');
    expect(corpus.actor('suleiman-shaheen')?.memberOf).toBe('tiger-forces');
    expect(corpus.actor('unnamed-opposition-official')).toMatchObject({
      memberOf: 'syrian-opposition-factions',
      side: 'armed-opposition',
    });
  });

  it('spells names as the texts do, and gives an alias to one actor only', () => {
    expect(corpus.actor('hayat-tahrir-al-sham')?.aliases.ar).toEqual(
      expect.arrayContaining(['تحرير الشام', 'جبهة تحرير الشام']),
    );
    expect(corpus.actor('mustafa-bakour')?.aliases.ar).toEqual(
      expect.arrayContaining(['البكور', 'بكور']),
    );
    // «القاعدة» is al-Qaeda's; Hmeimim is «القاعدة الروسية المركزية», never the bare word.
    expect(corpus.actor('al-qaeda')?.aliases.ar).toContain('القاعدة');
    expect(corpus.actor('hmeimim-base')?.aliases.ar).not.toContain('القاعدة');
    const owners = new Map<string, string[]>();
    for (const actor of corpus.index.actors) {
      for (const alias of [actor.name.ar, ...actor.aliases.ar]) {
        owners.set(alias, [...(owners.get(alias) ?? []), actor.id]);
      }
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it("names parties in our own neutral words, the outlets' words kept as aliases", () => {
    // «النظام» is the opposition outlets' word for the government: it stays in their quotes
    // and among the aliases a reader may search for, never in our label.
    expect(corpus.actor('syrian-government')).toMatchObject({
      name: { ar: 'الحكومة السورية', en: 'Syrian government' },
    });
    expect(corpus.actor('syrian-government')?.aliases.ar).toContain('النظام السوري');
    const sides = corpus.index.sides.find((side) => side.id === 'syrian-government-and-allies');
    expect(sides?.label.ar).toContain('الحكومة السورية');
    // The old name is what the compiler's rule refuses now.
    expect(oneSidedWordsIn('النظام السوري', 'ar').map((entry) => entry.word)).toEqual([
      'النظام / regime',
    ]);
    for (const actor of corpus.index.actors) {
      expect(oneSidedWordsIn(actor.name.ar, 'ar'), actor.id).toEqual([]);
      expect(oneSidedWordsIn(actor.name.en, 'en'), actor.id).toEqual([]);
    }
    // The Tiger Forces by their full name, the bare nickname and the blog's "militias" as aliases.
    expect(corpus.actor('tiger-forces')?.name.ar).toBe('قوات النمر');
    expect(corpus.actor('tiger-forces')?.aliases.ar).toEqual(['النمر', 'ميليشيات النمر']);
  });

  it('keeps HTS and al-Nusra apart, as the January 2020 report does', () => {
    // «هيئة تحرير الشام التي تقودها النصرة»: with al-Nusra as an alias that reads "HTS led by HTS".
    const hts = corpus.actor('hayat-tahrir-al-sham');
    for (const nusra of ['النصرة', 'جبهة النصرة']) expect(hts?.aliases.ar).not.toContain(nusra);
    expect(hts?.aliases.en.filter((alias) => /nusra/i.test(alias))).toEqual([]);
    expect(hts?.description?.en).toMatch(/successor of Jabhat al-Nusra/);
    expect(hts?.description?.en).toMatch(/the gloss is the report's wording/);
  });

  it('keeps no outlet the texts leave unnamed', () => {
    expect(corpus.actor('russian-news-agencies')).toBeUndefined();
  });
});

describe("the sources' outlets and dates", () => {
  it.each([
    ['al-wasila-2019-06-opposition-commanders', 'al-wasila', '2019-06', 'month', 'inferred'],
    ['al-wasila-2019-08-03-russia-offer', 'al-wasila', '2019-08-03', 'day', 'computed'],
    [
      'hadi-al-abdullah-blog-2019-05-19-russia-halt',
      'hadi-al-abdullah-blog',
      '2019-05-19',
      'day',
      'external',
    ],
    ['mada-post-2019-06-20-tal-malah-l39', 'mada-post', '2019-06-20', 'day', 'computed'],
    ['unnamed-2020-01-russian-mod-40-soldiers', null, '2020-01', 'month', 'inferred'],
  ] as const)('%s: outlet %s, published %s (%s, %s)', (id, outlet, value, precision, basis) => {
    const source = corpus.source(id);
    expect(source.outlet).toBe(outlet);
    expect(source.published).toMatchObject({ value, precision, basis });
    // Only a stated date may go without saying how it was obtained.
    expect(source.published.note).toBeTruthy();
  });

  it('says why the unnamed source has no outlet and no headline', () => {
    const source = corpus.source('unnamed-2020-01-russian-mod-40-soldiers');
    expect(source.outletNote?.en).toMatch(/names no outlet/);
    expect(source.outletNote?.en).toMatch(/no headline/);
    expect(source.outletNote?.ar).toBeTruthy();
  });

  it('lists every source the index counts under the events that cite it', () => {
    const cited = new Set(
      corpus.eventIds.flatMap((id) => corpus.event(id).sources.map((source) => source.id)),
    );
    expect(cited.size).toBe(corpus.index.sourceCount);
  });
});

describe('every claim in one line, and how its words reached us', () => {
  const claims = () => corpus.eventIds.flatMap((eventId) => corpus.event(eventId).claims);

  it('gives every claim in data/ a wording and a short gist in both languages', () => {
    const inData = readdirSync('data/events').flatMap(
      (file) =>
        (JSON.parse(readFileSync(`data/events/${file}`, 'utf8')) as { claims: unknown[] }).claims,
    );
    expect(claims()).toHaveLength(inData.length);
    for (const claim of claims()) {
      expect(claim.wording, claim.id).toBeDefined();
      const words = claim.gist?.en.split(/\s+/).length ?? 0;
      expect(words, `${claim.id}: "${claim.gist?.en ?? ''}"`).toBeGreaterThanOrEqual(2);
      expect(words, `${claim.id}: "${claim.gist?.en ?? ''}"`).toBeLessThanOrEqual(6);
      expect(claim.gist?.ar.length ?? 0, claim.id).toBeGreaterThan(0);
    }
  });

  it("gives an outlet's own narration as its own words", () => {
    const narrators = new Set(['al-wasila', 'mada-post', 'hadi-al-abdullah-blog']);
    narrators.add('unnamed-outlet-2020-01-idlib-report');
    const narration = claims().filter((claim) => narrators.has(claim.saidBy));
    expect(narration.length).toBeGreaterThan(30);
    for (const claim of narration) expect(claim.wording, claim.id).toBe('own-words');
  });
});
