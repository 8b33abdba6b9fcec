import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { eventSnapshotSchema, snapshotProblem, type EventSnapshot } from './event-snapshot';
import { InflateLimitError, inflateCapped } from './inflate-capped';
import { snapshotExcess, type SnapshotExcess } from './snapshot-bounds';
import { FRAGMENT_KEY, hasSnapshotFragment } from './snapshot-fragment';

/** Fragments past this stop pasting cleanly into chats and mail; bigger comparisons get a plain link. */
export const MAX_FRAGMENT_CHARS = 16 * 1024;
/** Far above any snapshot that fits the fragment, far below what would hurt a tab. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

export type EncodeResult = { ok: true; fragment: string } | { ok: false; size: number };

/** `data=<deflated JSON, base64url>`, or how big it would have been. */
export function encodeSnapshot(snapshot: EventSnapshot): EncodeResult {
  const packed = toBase64Url(deflateSync(strToU8(JSON.stringify(snapshot)), { level: 9 }));
  const fragment = `${FRAGMENT_KEY}${packed}`;
  return fragment.length <= MAX_FRAGMENT_CHARS
    ? { ok: true, fragment }
    : { ok: false, size: fragment.length };
}

export type DecodeResult =
  | { ok: true; snapshot: EventSnapshot }
  | { ok: false; reason: 'too-large' | 'unreadable' | 'invalid'; detail: string }
  /** A link asking a page to render more than `SNAPSHOT_LIMITS` allows. */
  | ({ ok: false; reason: 'too-much' } & SnapshotExcess);

/**
 * The fragment is hostile input: every step is bounded (its length, the
 * inflated size, what it asks a page to render) and the result is parsed with the corpus schemas and
 * checked for references the views rely on. Never throws.
 */
export function decodeSnapshot(hash: string): DecodeResult {
  if (!hasSnapshotFragment(hash)) return { ok: false, reason: 'unreadable', detail: 'no data' };
  if (hash.length > MAX_FRAGMENT_CHARS) {
    return { ok: false, reason: 'too-large', detail: `${hash.length} characters` };
  }
  const bytes = fromBase64Url(hash.slice(FRAGMENT_KEY.length));
  if (!bytes) return { ok: false, reason: 'unreadable', detail: 'not base64url' };
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflateCapped(bytes, MAX_INFLATED_BYTES)));
  } catch (error) {
    if (error instanceof InflateLimitError) {
      return { ok: false, reason: 'too-large', detail: error.message };
    }
    return { ok: false, reason: 'unreadable', detail: 'not compressed JSON' };
  }
  const excess = snapshotExcess(json);
  if (excess !== undefined) return { ok: false, reason: 'too-much', ...excess };
  const parsed = eventSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first ? first.path.join('.') || '(root)' : '(root)';
    return { ok: false, reason: 'invalid', detail: `${at}: ${first?.message ?? 'invalid'}` };
  }
  const problem = snapshotProblem(parsed.data);
  return problem === undefined
    ? { ok: true, snapshot: parsed.data }
    : { ok: false, reason: 'invalid', detail: problem };
}
