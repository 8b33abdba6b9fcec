import type { CorpusIndex, EventShard } from '@/corpus/shards';
import { createEventSnapshot } from '@/lib/corpus-source/event-snapshot';
import { MAX_FRAGMENT_CHARS, encodeSnapshot } from '@/lib/corpus-source/snapshot-codec';

export type SnapshotLink = { ok: true; url: string } | { ok: false; size: number; limit: number };

/**
 * The current address with the comparison packed into its fragment. The
 * `?corpus=` is dropped: the link carries its data and must not ask for an
 * imported corpus the recipient lacks. View params (parties, text mode) stay.
 */
export function snapshotLink(href: string, index: CorpusIndex, shard: EventShard): SnapshotLink {
  const snapshot = createEventSnapshot(index, shard);
  const encoded = snapshot ? encodeSnapshot(snapshot) : { ok: false as const, size: 0 };
  if (!encoded.ok) return { ok: false, size: encoded.size, limit: MAX_FRAGMENT_CHARS };
  const url = new URL(href);
  url.searchParams.delete('corpus');
  url.hash = encoded.fragment;
  // URLSearchParams escapes commas; lists stay readable as the router writes them.
  return { ok: true, url: url.toString().replaceAll('%2C', ',') };
}
