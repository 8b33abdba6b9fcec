import { describe, expect, it } from 'vitest';
import { workerShares } from './worker-shares';

const job = (name: string, reads?: string[]) => ({ name, reads });
const names = (shares: { name: string }[][]) => shares.map((share) => share.map((j) => j.name));

describe('workerShares', () => {
  it('keeps the pages that read the same files in one worker, one after the other', () => {
    const jobs = [
      job('en/events/a', ['events/a.json']),
      job('en/events/b', ['events/b.json']),
      job('en/sources/s', ['locator/0.json', 'sources/s.json']),
      job('ar/events/a', ['events/a.json']),
      job('ar/events/b', ['events/b.json']),
      job('ar/sources/s', ['locator/0.json', 'sources/s.json']),
    ];
    expect(names(workerShares(jobs, 2))).toEqual([
      ['en/events/a', 'ar/events/a', 'en/sources/s', 'ar/sources/s'],
      ['en/events/b', 'ar/events/b'],
    ]);
  });

  it('deals pages that read nothing one by one, and loses or repeats none', () => {
    const jobs = [job('en/'), job('ar/'), job('en/timeline', []), job('x', ['f'])];
    const shares = workerShares(jobs, 3);
    expect(names(shares)).toEqual([['en/', 'x'], ['ar/'], ['en/timeline']]);
    expect(shares.flat()).toHaveLength(jobs.length);
  });

  it('gives one worker everything when there is one', () => {
    const jobs = [job('b', ['2']), job('a', ['1'])];
    expect(names(workerShares(jobs, 1))).toEqual([['a', 'b']]);
  });
});
