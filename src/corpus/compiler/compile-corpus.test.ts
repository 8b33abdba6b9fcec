import { describe, expect, it } from 'vitest';
import { matchesSearch, searchTokens } from '../search/search-text';
import { corpusIndexSchema, eventShardSchema, sourceShardSchema } from '../shards';
import { sourceLocatorBucket } from '../source-locator';
import { compileCorpus } from './compile-corpus';
import { compileErrors, fixtureFiles, fixtureText, minimalCorpus } from './corpus-fixture';
import { normalizeQuote } from './text-normalize';

function compiled() {
  const result = compileCorpus(fixtureFiles(minimalCorpus()));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result;
}

describe('compileCorpus on a valid corpus', () => {
  it('compiles with no problems', () => {
    expect(compileErrors(minimalCorpus())).toEqual([]);
  });

  it('emits shards that parse with the shard schemas', () => {
    const { index, eventShards, sourceShards } = compiled();
    expect(corpusIndexSchema.parse(index)).toEqual(index);
    for (const shard of eventShards)
      expect(eventShardSchema.parse(JSON.parse(shard.json))).toEqual(shard.data);
    for (const shard of sourceShards)
      expect(sourceShardSchema.parse(JSON.parse(shard.json))).toEqual(shard.data);
  });

  it('names shards by id and content hash, and the index points at them', () => {
    const { index, eventShards, sourceShards } = compiled();
    expect(eventShards.map((shard) => shard.path)).toEqual([
      expect.stringMatching(/^events\/tal-milh-attack\.[0-9a-f]{16}\.json$/),
    ]);
    expect(index.events.map((event) => event.shard)).toEqual(
      eventShards.map((shard) => shard.path),
    );
    expect(eventShards[0]?.data.sources.map((source) => source.shard)).toEqual(
      sourceShards.map((shard) => shard.path),
    );
  });

  it('stamps the index with a revision that follows its content, as its name does not', () => {
    const { index } = compiled();
    const { revision, ...content } = index;
    expect(revision).toMatch(/^[0-9a-f]{16}$/);
    expect(compiled().index.revision).toBe(revision);

    const renamed = minimalCorpus();
    renamed.sides = renamed.sides.map((side) =>
      side.id === 'media' ? { ...side, label: { en: 'Press', ar: 'صحافة' } } : side,
    );
    const result = compileCorpus(fixtureFiles(renamed));
    if (!result.ok) throw new Error('the renamed corpus should compile');
    // Only the side's label changed: no shard name carries it, the revision does.
    expect(result.index.search).toBe(content.search);
    expect(result.index.revision).not.toBe(revision);
  });

  it('lets a source page find any source through the locator bucket its id falls in', () => {
    const { index, sourceShards, sourceLocatorShards } = compiled();
    expect(index.sourceCount).toBe(sourceShards.length);
    expect(index.sourceLocator).toEqual(sourceLocatorShards.map((shard) => shard.path));
    for (const shard of sourceShards) {
      const id = shard.data.source.id;
      const bucket = sourceLocatorShards[sourceLocatorBucket(id, index.sourceLocator.length)];
      expect(bucket?.data.sources.find((source) => source.id === id)?.shard).toBe(shard.path);
    }
  });

  it('summarizes each event: parties in first-claim order, counts, disputed questions', () => {
    expect(compiled().index.events[0]).toMatchObject({
      parties: ['jaish-al-izza', 'syrian-army'],
      claimCount: 4,
      questionCount: 2,
      disputedQuestionCount: 1,
    });
  });

  it('records quote offsets that slice back to the quote in the original text', () => {
    const [event] = compiled().eventShards;
    const claims = event?.data.claims ?? [];
    expect(claims).toHaveLength(4);
    for (const claim of claims) {
      const slice = fixtureText.slice(claim.quoteStart, claim.quoteEnd);
      expect(normalizeQuote(slice)).toBe(normalizeQuote(claim.quote));
    }
    const wounded = claims.find((claim) => claim.id === 'izza-wounded');
    expect(fixtureText.slice(wounded?.quoteStart, wounded?.quoteEnd)).toBe(
      'فضلاً عن جر  ح\nأكثر من 200 آخرين',
    );
    const denial = claims.find((claim) => claim.id === 'army-denies');
    expect(fixtureText.slice(denial?.quoteStart, denial?.quoteEnd)).toBe(
      'نفى مصدر عسكري في جيش النظام\u00a0وقوع أي خسائر',
    );
  });

  it("resolves each claim's language and event", () => {
    const claim = compiled().eventShards[0]?.data.claims[0];
    expect(claim).toMatchObject({ event: 'tal-milh-attack', language: 'ar' });
  });

  it('gives the source shard its text, boilerplate spans and quotes in text order', () => {
    const shard = compiled().sourceShards[0]?.data;
    expect(shard?.text).toBe(fixtureText);
    expect(shard?.boilerplate).toEqual([
      { kind: 'share-buttons', start: fixtureText.indexOf('شارك المقال'), end: fixtureText.length },
    ]);
    expect(shard?.quotes.map((quote) => quote.claim)).toEqual([
      'izza-killed',
      'izza-wounded',
      'army-denies',
      'izza-fled',
    ]);
    expect(shard?.source).not.toHaveProperty('textFile');
  });

  it('is deterministic: the same corpus gives the same bytes', () => {
    const a = compiled();
    const b = compiled();
    expect(b.eventShards.map((shard) => shard.json)).toEqual(
      a.eventShards.map((shard) => shard.json),
    );
    expect(JSON.stringify(b.index)).toBe(JSON.stringify(a.index));
  });

  it('accepts files that start with a byte order mark', () => {
    const fixture = minimalCorpus();
    const files = fixtureFiles(fixture).map((file) => ({ ...file, text: `\uFEFF${file.text}` }));
    const result = compileCorpus(files);
    expect(result.ok).toBe(true);
    // The text's BOM is an encoding mark, not text: offsets index the text without it.
    if (result.ok) expect(result.sourceShards[0]?.data.text).toBe(fixtureText);
  });

  it('uses the root it is given in every path', () => {
    const fixture = minimalCorpus();
    fixture.actors.push({ id: 'x', name: { ar: 'س', en: 'X' }, kind: 'person', side: 'nowhere' });
    const result = compileCorpus(fixtureFiles(fixture, 'corpora/idlib'), { root: 'corpora/idlib' });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: 'corpora/idlib/actors.json',
        path: '$.actors[3].side',
        message: 'unknown side "nowhere"',
      },
    ]);
  });
});

describe('the search shard', () => {
  it('holds each event once, with its titles, party names and quotes as distinct words', () => {
    const result = compileCorpus(fixtureFiles(minimalCorpus()));
    if (!result.ok) throw new Error('the minimal fixture no longer compiles');
    const [shard] = result.eventShards;
    const text = result.searchShard.data.texts[shard?.data.event.id ?? ''] ?? '';
    const words = text.split(' ');
    expect(new Set(words).size).toBe(words.length);
    const claim = shard?.data.claims[0];
    const party = result.index.actors.find((actor) => actor.id === claim?.saidBy);
    for (const query of [shard?.data.event.title.en, party?.name.ar, claim?.quote]) {
      expect(matchesSearch(text, searchTokens(query ?? 'missing'))).toBe(true);
    }
  });
});
