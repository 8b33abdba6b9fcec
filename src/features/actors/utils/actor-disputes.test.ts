import type { CompiledClaim, EventShard } from '@/corpus/shards';
import type { Stance } from '@/corpus/schema';
import { actorClaimsByQuestion, actorDisputes } from './actor-disputes';

const day = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;

function claim(id: string, question: string, saidBy: string, stance: Stance): CompiledClaim {
  return {
    id,
    question,
    saidBy,
    reportedBy: [],
    source: 'source',
    quote: id,
    stance,
    figures: [],
    saidOn: day,
    event: 'attack',
    language: 'ar',
    quoteStart: 0,
    quoteEnd: 1,
  };
}

// The January 2020 event: the MoD and state media assert an attack; the NLF and SOHR deny it.
const shard: EventShard = {
  formatVersion: 2,
  event: {
    id: 'attack',
    title: { ar: 'هجوم', en: 'Attack' },
    summary: { ar: 'ملخص', en: 'Summary' },
    date: { from: day },
    places: [],
    topics: [],
    questions: [
      { id: 'took-place', label: { ar: 'هل وقع الهجوم؟', en: 'Did the attack take place?' } },
      { id: 'positions', label: { ar: 'هل خُسرت مواقع؟', en: 'Were positions lost?' } },
      { id: 'eu', label: { ar: 'موقف الاتحاد', en: 'EU position' } },
    ],
    scopes: [],
  },
  sources: [],
  claims: [
    claim('mod-attack', 'took-place', 'russian-mod', 'asserts'),
    claim('media-attack', 'took-place', 'state-media', 'asserts'),
    claim('nlf-no-attack', 'took-place', 'nlf', 'denies'),
    claim('sohr-no-attack', 'took-place', 'sohr', 'denies'),
    claim('mod-seized', 'positions', 'russian-mod', 'asserts'),
    claim('mod-abandoned', 'positions', 'russian-mod', 'asserts'),
    claim('nlf-no-operations', 'positions', 'nlf', 'denies'),
    claim('eu-unacceptable', 'eu', 'eu', 'asserts'),
  ],
};

describe('actorDisputes', () => {
  it('names who contradicts the party on each question, by the shared rule', () => {
    const disputes = actorDisputes(shard, new Set(['russian-mod']));
    expect(disputes.map((entry) => entry.question.id)).toEqual(['took-place', 'positions']);
    expect(disputes[0]?.disputes.map((d) => [d.kind, d.other])).toEqual([
      ['denial', 'nlf'],
      ['denial', 'sohr'],
    ]);
  });

  it('collects every claim of one clash under one entry', () => {
    const positions = actorDisputes(shard, new Set(['russian-mod']))[1];
    expect(positions?.disputes).toEqual([
      {
        kind: 'denial',
        parties: ['russian-mod', 'nlf'],
        other: 'nlf',
        otherClaims: ['nlf-no-operations'],
      },
    ]);
  });

  it('also lists clashes where the party is the one disputing', () => {
    const disputes = actorDisputes(shard, new Set(['sohr']));
    expect(disputes[0]?.disputes.map((d) => [d.parties, d.otherClaims])).toEqual([
      [['russian-mod', 'sohr'], ['mod-attack']],
      [['state-media', 'sohr'], ['media-attack']],
    ]);
  });

  it('with its members, lists the clashes of every body of the party', () => {
    const disputes = actorDisputes(shard, new Set(['russian-mod', 'state-media']));
    expect(disputes[0]?.disputes.map((d) => [d.parties, d.other])).toEqual([
      [['russian-mod', 'nlf'], 'nlf'],
      [['russian-mod', 'sohr'], 'sohr'],
      [['state-media', 'nlf'], 'nlf'],
      [['state-media', 'sohr'], 'sohr'],
    ]);
  });

  it('is empty for a party nobody contradicts', () => {
    expect(actorDisputes(shard, new Set(['eu']))).toEqual([]);
  });
});

describe('actorClaimsByQuestion', () => {
  it('groups the party’s claims under the event’s questions, in their order', () => {
    expect(
      actorClaimsByQuestion(shard, new Set(['russian-mod'])).map(({ question, claims }) => [
        question.id,
        claims.map((c) => c.id),
      ]),
    ).toEqual([
      ['took-place', ['mod-attack']],
      ['positions', ['mod-seized', 'mod-abandoned']],
    ]);
  });

  it('with its members, gathers the claims of every body, in the event’s order', () => {
    expect(
      actorClaimsByQuestion(shard, new Set(['russian-mod', 'state-media']))[0]?.claims.map(
        (c) => c.id,
      ),
    ).toEqual(['mod-attack', 'media-attack']);
  });
});
