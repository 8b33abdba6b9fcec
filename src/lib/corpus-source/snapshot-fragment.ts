/**
 * How a link says it carries its own comparison: `#data=...`. Kept apart
 * from the codec so every page can ask without loading the decompressor.
 */
export const FRAGMENT_KEY = 'data=';

/** True when a location hash (without '#') carries a snapshot, well-formed or not. */
export function hasSnapshotFragment(hash: string): boolean {
  return hash.startsWith(FRAGMENT_KEY);
}
