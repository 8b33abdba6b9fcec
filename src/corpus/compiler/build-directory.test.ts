import { describe, expect, it } from 'vitest';
import { directoryShardSchema } from '../shards';
import { compileCorpus } from './compile-corpus';
import { fixtureFiles, minimalCorpus, type CorpusFixture } from './corpus-fixture';

function compiled(fixture: CorpusFixture = minimalCorpus()) {
  const result = compileCorpus(fixtureFiles(fixture));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result;
}

const day = (value: string) => ({ value, precision: 'day' as const, basis: 'stated' as const });

/**
 * The fixture plus a second event where the army alone speaks, quoting the same article, and a
 * source nobody cites, from an outlet that never speaks.
 */
function widerCorpus(): CorpusFixture {
  const fixture = minimalCorpus();
  const first = fixture.events[0];
  if (!first) throw new Error('fixture has no event');
  fixture.actors.push({
    id: 'sana',
    name: { ar: 'سانا', en: 'SANA' },
    kind: 'media-outlet',
    side: 'media',
  });
  fixture.sources.push({
    json: {
      $schema: '../schema/source.schema.json',
      id: 'sana-unquoted',
      outlet: 'sana',
      title: 'خبر لم يقتبس منه',
      language: 'ar',
      published: day('2019-06-22'),
      textFile: 'sana-unquoted.txt',
    },
    text: 'نص لم يقتبس منه أحد.',
  });
  fixture.events.push({
    ...first,
    id: 'tal-milh-flight',
    date: { from: day('2019-06-21') },
    questions: [{ id: 'fled', label: { ar: 'هل فر الجنود؟', en: 'Did soldiers flee?' } }],
    claims: [
      {
        id: 'army-video',
        question: 'fled',
        saidBy: 'syrian-army',
        source: 'mada-tal-milh',
        reportedBy: ['mada-post'],
        quote: 'وأظهر الفيديو',
        translation: 'the video showed',
        stance: 'asserts',
        wording: 'reported-speech',
        saidOn: day('2019-06-20'),
      },
    ],
  });
  return fixture;
}

describe('the directory shard', () => {
  it('is named in the index, listed with the shard files, and parses with its schema', () => {
    const built = compiled();
    expect(built.index.directory).toBe(built.directoryShard.path);
    expect(built.directoryShard.path).toMatch(/^directory\/corpus\.[0-9a-f]{16}\.json$/);
    expect(directoryShardSchema.parse(JSON.parse(built.directoryShard.json))).toEqual(
      built.directoryShard.data,
    );
  });

  it("counts each party's claims, events and the questions where another party contradicts it", () => {
    // Losses: the army denies what Jaish al-Izza asserts; both sides of that dispute count it.
    expect(compiled().directoryShard.data.actors).toEqual([
      { id: 'jaish-al-izza', claims: 3, events: 1, contestedQuestions: 1 },
      { id: 'mada-post', claims: 0, events: 0, contestedQuestions: 0 },
      { id: 'syrian-army', claims: 1, events: 1, contestedQuestions: 1 },
    ]);
  });

  it('counts across events, and lists every party and source even with nothing to count', () => {
    const { actors, sources } = compiled(widerCorpus()).directoryShard.data;
    expect(actors).toEqual([
      { id: 'jaish-al-izza', claims: 3, events: 1, contestedQuestions: 1 },
      { id: 'mada-post', claims: 0, events: 0, contestedQuestions: 0 },
      { id: 'sana', claims: 0, events: 0, contestedQuestions: 0 },
      // Its lone claim in the second event contradicts no one.
      { id: 'syrian-army', claims: 2, events: 2, contestedQuestions: 1 },
    ]);
    expect(sources.map(({ id, claims, events }) => ({ id, claims, events }))).toEqual([
      { id: 'mada-tal-milh', claims: 5, events: 2 },
      { id: 'sana-unquoted', claims: 0, events: 0 },
    ]);
  });

  it("carries each source's summary, shard path included, as the locator has it", () => {
    const built = compiled(widerCorpus());
    const located = built.sourceLocatorShards.flatMap((shard) => shard.data.sources);
    for (const { claims: _claims, events: _events, ...summary } of built.directoryShard.data
      .sources) {
      expect(located).toContainEqual(summary);
    }
  });

  it('names the speaker and stance of each quote in the source shard', () => {
    const shard = compiled().sourceShards[0]?.data;
    expect(shard?.quotes.map(({ claim, saidBy, stance }) => ({ claim, saidBy, stance }))).toEqual(
      expect.arrayContaining([
        { claim: 'army-denies', saidBy: 'syrian-army', stance: 'denies' },
        { claim: 'izza-killed', saidBy: 'jaish-al-izza', stance: 'asserts' },
      ]),
    );
  });
});
