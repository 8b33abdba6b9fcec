import type { Actor } from '@/corpus/schema';
import type { CorpusIndex, DirectoryShard } from '@/corpus/shards';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { partyCounts, partyDirectory, partyRollups } from './party-directory';

const party = (id: string, en: string, ar: string, side: string, kind: Actor['kind']): Actor => ({
  id,
  name: { en, ar },
  aliases: { ar: [], en: [] },
  kind,
  side,
});

const index: CorpusIndex = {
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors,
    party('zeta-outlet', 'Zeta News', 'أخبار زيتا', 'opposition', 'media-outlet'),
    party('russia', 'Russia', 'روسيا', 'government', 'state-body'),
    { ...party('envoy', 'An envoy', 'مبعوث', 'government', 'person'), memberOf: 'russia' },
    party('stray', 'Stray voice', 'صوت شارد', 'no-such-side', 'person'),
  ],
};

const shape = (language: 'en' | 'ar') =>
  partyDirectory(index, index.actors, language).map((group) => [
    group.side?.id,
    group.kinds.map((kind) => [kind.kind, kind.parties.map((actor) => actor.id)]),
  ]);

describe('partyDirectory', () => {
  it('groups by side in the corpus order, then by kind, names in alphabetical order', () => {
    expect(shape('en')).toEqual([
      [
        'government',
        [
          ['state-body', ['russia']],
          ['armed-forces', ['russian-mod', 'syrian-army']],
          ['person', ['envoy']],
        ],
      ],
      [
        'opposition',
        [
          ['armed-forces', ['hts']],
          ['media-outlet', ['zeta-outlet']],
        ],
      ],
      ['monitors', [['armed-forces', ['silent-actor', 'sohr']]]],
      [undefined, [['person', ['stray']]]],
    ]);
  });

  it('orders names by the reader’s language', () => {
    const government = shape('ar')[0]?.[1];
    // الجيش السوري before وزارة الدفاع الروسية in Arabic order.
    expect(government).toContainEqual(['armed-forces', ['syrian-army', 'russian-mod']]);
  });

  it('lists only the parties it is given, so a search narrows the groups', () => {
    const found = index.actors.filter((actor) => actor.id === 'sohr');
    expect(
      partyDirectory(index, found, 'en').map((group) => [group.side?.id, group.kinds.length]),
    ).toEqual([['monitors', 1]]);
  });
});

describe('partyCounts', () => {
  it('without a directory, counts each party’s events from the index and nothing else', () => {
    const counts = partyCounts(index, undefined);
    expect(counts.get('sohr')).toEqual({ events: 3 });
    expect(counts.get('russian-mod')).toEqual({ events: 2 });
    expect(counts.get('silent-actor')).toBeUndefined();
  });

  it('takes claims, events and contested questions from the directory when there is one', () => {
    const directory: DirectoryShard = {
      formatVersion: index.formatVersion,
      actors: [
        { id: 'sohr', claims: 7, events: 3, contestedQuestions: 2 },
        { id: 'silent-actor', claims: 0, events: 0, contestedQuestions: 0 },
      ],
      sources: [],
    };
    const counts = partyCounts(index, directory);
    expect(counts.get('sohr')).toEqual({ events: 3, claims: 7, contestedQuestions: 2 });
    expect(counts.get('silent-actor')).toEqual({ events: 0, claims: 0, contestedQuestions: 0 });
  });
});

describe('partyRollups', () => {
  it('counts a parent’s events with every body that belongs to it, at any depth', () => {
    const withMod: CorpusIndex = {
      ...index,
      actors: index.actors.map((actor) =>
        actor.id === 'russian-mod' ? { ...actor, memberOf: 'russia' } : actor,
      ),
    };
    const rollups = partyRollups(withMod);
    expect(rollups.get('russia')).toEqual({ members: 2, events: 2 });
    expect(rollups.has('sohr')).toBe(false);
  });
});
