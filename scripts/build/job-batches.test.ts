import { describe, expect, it } from 'vitest';
import { jobBatches } from './job-batches';

const job = (name: string, reads?: string[]) => ({ name, reads });
const names = (batches: { name: string }[][]) => batches.map((batch) => batch.map((j) => j.name));

describe('jobBatches', () => {
  it('orders pages by the files they read and never splits the pages that read the same ones', () => {
    const jobs = [
      job('en/events/a', ['events/a.json']),
      job('en/events/b', ['events/b.json']),
      job('en/sources/s', ['locator/0.json', 'sources/s.json']),
      job('ar/events/a', ['events/a.json']),
      job('ar/events/b', ['events/b.json']),
      job('ar/sources/s', ['locator/0.json', 'sources/s.json']),
    ];
    expect(names(jobBatches(jobs, 1))).toEqual([
      ['en/events/a', 'ar/events/a'],
      ['en/events/b', 'ar/events/b'],
      ['en/sources/s', 'ar/sources/s'],
    ]);
    expect(names(jobBatches(jobs, 3))).toEqual([
      ['en/events/a', 'ar/events/a', 'en/events/b', 'ar/events/b'],
      ['en/sources/s', 'ar/sources/s'],
    ]);
  });

  it('cuts between pages that read nothing, and loses or repeats none', () => {
    const jobs = [job('en/'), job('ar/'), job('en/timeline', []), job('x', ['f'])];
    const batches = jobBatches(jobs, 2);
    expect(names(batches)).toEqual([
      ['en/', 'ar/'],
      ['en/timeline', 'x'],
    ]);
    expect(batches.flat()).toHaveLength(jobs.length);
  });

  it('gives no batch when there are no pages', () => {
    expect(jobBatches([], 10)).toEqual([]);
  });
});
