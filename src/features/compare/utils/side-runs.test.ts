import { sideRuns } from './side-runs';

const sides: Record<string, string> = { mod: 'gov', media: 'gov', nlf: 'opp', sohr: 'mon' };
const sideOf = (id: string) => sides[id];

describe('sideRuns', () => {
  it('groups neighbouring parties of one side', () => {
    expect(sideRuns(['mod', 'media', 'nlf'], sideOf)).toEqual([
      { side: 'gov', parties: ['mod', 'media'] },
      { side: 'opp', parties: ['nlf'] },
    ]);
  });

  it('repeats a side split by a reordering', () => {
    expect(sideRuns(['mod', 'nlf', 'media'], sideOf).map((run) => run.side)).toEqual([
      'gov',
      'opp',
      'gov',
    ]);
  });

  it('keeps parties with no known side in their own run', () => {
    expect(sideRuns(['x', 'mod'], sideOf)).toEqual([
      { side: undefined, parties: ['x'] },
      { side: 'gov', parties: ['mod'] },
    ]);
  });

  it('gives no runs for no parties', () => {
    expect(sideRuns([], sideOf)).toEqual([]);
  });
});
