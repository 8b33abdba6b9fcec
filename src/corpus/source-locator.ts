/**
 * Which locator bucket names a source's shard. The compiler and the app must
 * agree, so both use this: FNV-1a over the id's UTF-16 code units, modulo the
 * number of buckets the index lists.
 */
export function sourceLocatorBucket(sourceId: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sourceId.length; i += 1) {
    hash ^= sourceId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** About this many sources per bucket: a few tens of kilobytes to open one source page. */
export const SOURCES_PER_LOCATOR_BUCKET = 500;

export function sourceLocatorBucketCount(sources: number): number {
  return Math.max(1, Math.ceil(sources / SOURCES_PER_LOCATOR_BUCKET));
}
