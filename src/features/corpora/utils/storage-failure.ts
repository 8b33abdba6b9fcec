/** Why an import stopped, in words the page can translate; never the browser's raw message. */
export type ImportFailure = 'quota' | 'storage' | 'check';

/**
 * IndexedDB fails with DOMExceptions whose messages are the browser's own ("The transaction
 * was aborted, so the request cannot be fulfilled", "UnknownError"): a reader learns nothing
 * from them. They come down to two things a reader can act on: space, or storage being off.
 */
export function importFailure(error: unknown): ImportFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (error instanceof DOMException) return 'storage';
  // No IndexedDB at all (some private modes): opening it throws a TypeError or ReferenceError.
  if (error instanceof Error && /indexedDB/i.test(error.message)) return 'storage';
  return 'check';
}
