import type { Actor } from '@/corpus/schema';
import type { CorpusIndex } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { actorProfile } from './actor-profile';

const member = (id: string, memberOf: string): Actor => ({
  id,
  name: { ar: id, en: id },
  aliases: { ar: [], en: [] },
  kind: 'armed-forces',
  memberOf,
  side: 'government',
});

// Russia ← MoD ← armed forces ← Hmeimim: the chain the real corpus has.
const index: CorpusIndex = {
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors.map((actor) =>
      actor.id === 'russian-mod' ? { ...actor, memberOf: 'russia' } : actor,
    ),
    {
      id: 'russia',
      name: { ar: 'روسيا', en: 'Russia' },
      aliases: { ar: [], en: [] },
      kind: 'state-body',
      side: 'government',
    },
    member('russian-armed-forces', 'russian-mod'),
    member('hmeimim-base', 'russian-armed-forces'),
    member('loop-a', 'loop-b'),
    member('loop-b', 'loop-a'),
  ],
};
const profile = (id: string) => actorProfile(index, corpusLookups(index), id);

describe('actorProfile', () => {
  it('is undefined for an id the corpus does not know', () => {
    expect(profile('nobody')).toBeUndefined();
  });

  it('gives the affiliation chain nearest first', () => {
    expect(profile('hmeimim-base')?.affiliation.map((actor) => actor.id)).toEqual([
      'russian-armed-forces',
      'russian-mod',
      'russia',
    ]);
  });

  it('lists the members that belong to it', () => {
    expect(profile('russian-mod')?.members.map((actor) => actor.id)).toEqual([
      'russian-armed-forces',
    ]);
  });

  it('finds its side and the events it spoke in, oldest first', () => {
    const mod = profile('russian-mod');
    expect(mod?.side?.id).toBe('government');
    expect(mod?.events.map((event) => event.id)).toEqual(['jet-downed', 'june-raid']);
  });

  it('rolls its members up by default: Russia speaks in its ministry’s events', () => {
    const russia = profile('russia');
    expect(russia?.withMembers).toBe(true);
    expect(russia?.memberCount).toBe(3);
    expect([...(russia?.speakers ?? [])]).toEqual([
      'russia',
      'russian-mod',
      'russian-armed-forces',
      'hmeimim-base',
    ]);
    expect(russia?.events.map((event) => event.id)).toEqual(['jet-downed', 'june-raid']);
  });

  it('speaks for the party alone when asked', () => {
    const alone = actorProfile(index, corpusLookups(index), 'russia', { withMembers: false });
    expect(alone?.withMembers).toBe(false);
    expect(alone?.memberCount).toBe(3);
    expect([...(alone?.speakers ?? [])]).toEqual(['russia']);
    expect(alone?.events).toEqual([]);
  });

  it('has no events for a party that made no claim', () => {
    expect(profile('silent-actor')?.events).toEqual([]);
  });

  it('stops at a memberOf cycle', () => {
    expect(profile('loop-a')?.affiliation.map((actor) => actor.id)).toEqual(['loop-b']);
  });
});
