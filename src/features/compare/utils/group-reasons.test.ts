import type { DisputeKind, DisputeReason } from '@/corpus/rules/question-status';
import { groupReasons } from './group-reasons';

const clash =
  (kind: DisputeKind) =>
  (first: string, second: string): DisputeReason => ({
    kind,
    claims: [`${first}-c`, `${second}-c`],
    parties: [first, second],
  });
const denial = clash('denial');

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
      { kind: 'denial', disputed: ['mod', 'tv'], disputers: ['nlf'] },
      { kind: 'denial', disputed: ['sohr-x'], disputers: ['sohr'] },
    ]);
  });

  it('gives the parties who deny the same accounts one sentence, not one each', () => {
    // The flagship event: three denials of the Ministry's and state media's account.
    const reasons = ['nlf', 'sohr', 'official'].flatMap((denier) => [
      denial('mod', denier),
      denial('tv', denier),
    ]);
    expect(groupReasons(reasons)).toEqual([
      { kind: 'denial', disputed: ['mod', 'tv'], disputers: ['nlf', 'sohr', 'official'] },
    ]);
  });

  it('keeps apart parties who deny different accounts, or dispute them differently', () => {
    const groups = groupReasons([
      denial('mod', 'nlf'),
      denial('tv', 'nlf'),
      denial('mod', 'sohr'),
      clash('doubt')('mod', 'official'),
    ]);
    expect(groups.map(({ kind, disputed, disputers }) => [kind, disputed, disputers])).toEqual([
      ['denial', ['mod', 'tv'], ['nlf']],
      ['denial', ['mod'], ['sohr']],
      ['doubt', ['mod'], ['official']],
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

  it('keeps rival explanations pairwise: a third party may share one of them', () => {
    const rival = clash('rival-explanations');
    expect(groupReasons([rival('a', 'c'), rival('b', 'c')])).toEqual([
      { kind: 'rival-explanations', disputed: ['a'], disputers: ['c'] },
      { kind: 'rival-explanations', disputed: ['b'], disputers: ['c'] },
    ]);
  });
});
