import type { Actor, Side } from '@/corpus/schema';
import type { CompiledClaim, EventShard } from '@/corpus/shards';
import { questionStates, questionVerdicts } from './question-verdicts';

const side = (id: string): [string, Side] => [id, { id, label: { en: id, ar: id } }];
const actor = (id: string, sideId: string): [string, Actor] => [
  id,
  { id, name: { en: id, ar: id }, aliases: { en: [], ar: [] }, kind: 'state-body', side: sideId },
];
const lookups = {
  sides: new Map([side('government'), side('opposition')]),
  actors: new Map([
    actor('mod', 'government'),
    actor('tv', 'government'),
    actor('nlf', 'opposition'),
    // A side the corpus does not define: the party counts as a side of its own.
    actor('stray', 'nowhere'),
  ]),
};

const day = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;

function claim(id: string, saidBy: string, stance: CompiledClaim['stance']): CompiledClaim {
  return {
    id,
    event: 'e',
    question: 'q',
    saidBy,
    reportedBy: [],
    source: 's',
    quote: 'x',
    language: 'ar',
    stance,
    figures: [],
    saidOn: day,
    quoteStart: 0,
    quoteEnd: 1,
  };
}

function shard(claims: CompiledClaim[]): EventShard {
  return {
    formatVersion: 2,
    event: {
      id: 'e',
      title: { ar: 'ح', en: 'E' },
      summary: { ar: 'ح', en: 'E' },
      date: { from: day },
      places: [],
      topics: [],
      questions: [{ id: 'q', label: { ar: 'س', en: 'Q' } }],
      scopes: [],
    },
    sources: [],
    claims,
  };
}

describe('questionVerdicts', () => {
  it('names one denial once, however many claims repeat it', () => {
    const verdict = questionVerdicts(
      shard([
        claim('a1', 'mod', 'asserts'),
        claim('a2', 'mod', 'asserts'),
        claim('d1', 'nlf', 'denies'),
      ]),
      lookups,
    ).get('q');
    expect(verdict?.status).toBe('disputed');
    expect(verdict?.reasons).toHaveLength(1);
    expect(verdict?.reasons[0]).toMatchObject({ kind: 'denial', parties: ['mod', 'nlf'] });
  });

  it("lists the parties and sides that answered, leaving out silent ones: one side's echo", () => {
    const verdict = questionVerdicts(
      shard([
        claim('a', 'mod', 'asserts'),
        claim('b', 'tv', 'asserts'),
        claim('c', 'nlf', 'silent'),
      ]),
      lookups,
    ).get('q');
    expect(verdict).toEqual({
      status: 'one-side',
      reasons: [],
      parties: ['mod', 'tv'],
      sides: ['government'],
      unsided: [],
      confirmingSides: ['government'],
    });
  });

  it("names the outlet's side, not the party's, for the outlet's own account of its words", () => {
    const admitted: CompiledClaim = {
      ...claim('a', 'mod', 'asserts'),
      wording: 'outlet-account',
      reportedBy: ['nlf'],
    };
    expect(
      questionVerdicts(shard([admitted, claim('b', 'nlf', 'asserts')]), lookups).get('q'),
    ).toMatchObject({ status: 'one-side', parties: ['mod', 'nlf'], sides: ['opposition'] });
  });

  it('gives the answering sides in first-claim order, and parties of no known side apart', () => {
    const verdict = questionVerdicts(
      shard([
        claim('a', 'nlf', 'asserts'),
        claim('b', 'stray', 'asserts'),
        claim('c', 'mod', 'asserts'),
        claim('d', 'tv', 'asserts'),
      ]),
      lookups,
    ).get('q');
    expect(verdict).toMatchObject({
      status: 'cross-side',
      parties: ['nlf', 'stray', 'mod', 'tv'],
      sides: ['opposition', 'government'],
      unsided: ['stray'],
    });
  });
});

describe('questionStates', () => {
  it("gives each question the status its full verdict gives, sides and outlets' accounts included", () => {
    const cases: CompiledClaim[][] = [
      [claim('a', 'mod', 'asserts'), claim('d', 'nlf', 'denies')],
      [claim('a', 'mod', 'asserts'), claim('b', 'tv', 'asserts'), claim('c', 'nlf', 'silent')],
      [claim('a', 'nlf', 'asserts'), claim('b', 'stray', 'asserts'), claim('c', 'mod', 'asserts')],
      [
        { ...claim('a', 'mod', 'asserts'), wording: 'outlet-account', reportedBy: ['nlf'] },
        claim('b', 'nlf', 'asserts'),
      ],
      [claim('a', 'mod', 'asserts')],
      [claim('a', 'mod', 'silent')],
    ];
    const statuses = cases.map((claims) => {
      const event = shard(claims);
      return [
        questionStates(event, lookups).get('q'),
        questionVerdicts(event, lookups).get('q')?.status,
      ];
    });
    expect(statuses).toEqual([
      ['disputed', 'disputed'],
      ['one-side', 'one-side'],
      ['cross-side', 'cross-side'],
      ['one-side', 'one-side'],
      ['single', 'single'],
      ['unanswered', 'unanswered'],
    ]);
  });
});
