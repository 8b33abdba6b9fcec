import type { CompiledClaim, EventShard } from '@/corpus/shards';
import { questionVerdicts } from './question-verdicts';

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
    ).get('q');
    expect(verdict?.status).toBe('disputed');
    expect(verdict?.reasons).toHaveLength(1);
    expect(verdict?.reasons[0]).toMatchObject({ kind: 'denial', parties: ['mod', 'nlf'] });
  });

  it('lists the parties who answered, leaving out silent ones', () => {
    const verdict = questionVerdicts(
      shard([claim('a', 'mod', 'asserts'), claim('b', 'tv', 'asserts'), claim('c', 'x', 'silent')]),
    ).get('q');
    expect(verdict).toEqual({ status: 'agreed', reasons: [], parties: ['mod', 'tv'] });
  });
});
