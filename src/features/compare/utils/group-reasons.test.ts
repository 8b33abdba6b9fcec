import type { DisputeReason } from '@/corpus/rules/question-status';
import { groupReasons } from './group-reasons';

const denial = (first: string, second: string): DisputeReason => ({
  kind: 'denial',
  claims: [`${first}-c`, `${second}-c`],
  parties: [first, second],
});

describe('groupReasons', () => {
  it('gathers the accounts one party denies into one sentence', () => {
    expect(
      groupReasons([
        denial('mod', 'nlf'),
        denial('sohr-x', 'sohr'),
        denial('tv', 'nlf'),
        denial('mod', 'nlf'),
      ]),
    ).toEqual([
      { kind: 'denial', disputed: ['mod', 'tv'], disputer: 'nlf' },
      { kind: 'denial', disputed: ['sohr-x'], disputer: 'sohr' },
    ]);
  });

  it('keeps conflicting figures pairwise and per metric', () => {
    const conflict = (first: string, metric: string): DisputeReason => ({
      kind: 'conflicting-figures',
      claims: ['a', 'b'],
      parties: [first, 'z'],
      metric,
      scope: 's',
    });
    expect(groupReasons([conflict('a', 'm'), conflict('b', 'm'), conflict('a', 'n')])).toHaveLength(
      3,
    );
  });
});
