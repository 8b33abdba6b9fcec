import type { CompiledClaim } from '@/corpus/shards';
import { claimCells } from './claim-cells';

function claim(id: string, question: string, saidBy: string): CompiledClaim {
  return {
    id,
    event: 'e',
    question,
    saidBy,
    reportedBy: [],
    source: 's',
    quote: 'x',
    language: 'ar',
    stance: 'asserts',
    figures: [],
    saidOn: { value: '2020-01-23', precision: 'day', basis: 'stated' },
    quoteStart: 0,
    quoteEnd: 1,
  };
}

describe('claimCells', () => {
  it('groups claims by question and party, each cell in the shard order', () => {
    const cells = claimCells([
      claim('c1', 'q1', 'a'),
      claim('c2', 'q1', 'b'),
      claim('c3', 'q1', 'a'),
      claim('c4', 'q2', 'a'),
    ]);
    expect(cells.of('q1', 'a').map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(cells.of('q1', 'b').map((c) => c.id)).toEqual(['c2']);
    expect(cells.of('q2', 'a').map((c) => c.id)).toEqual(['c4']);
    expect(cells.of('q2', 'b')).toEqual([]);
  });
});
