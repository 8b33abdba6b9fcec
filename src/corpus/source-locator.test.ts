import { describe, expect, it } from 'vitest';
import { sourceLocatorBucket, sourceLocatorBucketCount } from './source-locator';

describe('sourceLocatorBucket', () => {
  it('always answers a bucket that exists, the same one every time', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `source-${String(i)}`);
    for (const buckets of [1, 2, 7, 80]) {
      for (const id of ids) {
        const bucket = sourceLocatorBucket(id, buckets);
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(buckets);
        expect(sourceLocatorBucket(id, buckets)).toBe(bucket);
      }
    }
  });

  it('spreads ids evenly enough that no bucket holds twice its share', () => {
    const buckets = 20;
    const counts = new Array<number>(buckets).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      const bucket = sourceLocatorBucket(`unnamed-2020-01-report-${String(i)}`, buckets);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    expect(Math.max(...counts)).toBeLessThan((2 * 10_000) / buckets);
    expect(Math.min(...counts)).toBeGreaterThan(10_000 / buckets / 2);
  });
});

describe('sourceLocatorBucketCount', () => {
  it('keeps one bucket for a small corpus and grows with the archive', () => {
    expect(sourceLocatorBucketCount(0)).toBe(1);
    expect(sourceLocatorBucketCount(5)).toBe(1);
    expect(sourceLocatorBucketCount(38_033)).toBe(77);
  });
});
