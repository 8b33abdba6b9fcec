import { SNAPSHOT_LIMITS, describeExcess, longTextLength } from '@/corpus/limits';

function lengthAt(value: unknown, ...keys: string[]): number {
  let at: unknown = value;
  for (const key of keys) {
    if (typeof at !== 'object' || at === null) return 0;
    at = (at as Record<string, unknown>)[key];
  }
  return Array.isArray(at) ? at.length : 0;
}

/** Which of `SNAPSHOT_LIMITS` a link breaks, how far, and the sentence that says so. */
export interface SnapshotExcess {
  bound: keyof typeof SNAPSHOT_LIMITS;
  found: number;
  limit: number;
  detail: string;
}

function excess(bound: keyof typeof SNAPSHOT_LIMITS, what: string, found: number): SnapshotExcess {
  const limit = SNAPSHOT_LIMITS[bound];
  return { bound, found, limit, detail: describeExcess(what, found, limit) };
}

/**
 * What a decoded link asks for beyond what a page should render, or undefined. Checked on the
 * raw JSON, before the schemas walk it: a 9 kB link can describe 200 parties and 1,000
 * questions, which froze the tab for most of a minute.
 */
export function snapshotExcess(json: unknown): SnapshotExcess | undefined {
  const counts = [
    ['parties', lengthAt(json, 'index', 'actors')],
    ['questions', lengthAt(json, 'shard', 'event', 'questions')],
    ['claims', lengthAt(json, 'shard', 'claims')],
    ['sources', lengthAt(json, 'shard', 'sources')],
  ] as const;
  for (const [bound, found] of counts) {
    if (found > SNAPSHOT_LIMITS[bound]) return excess(bound, `${bound} in one comparison`, found);
  }
  const long = longTextLength(json, SNAPSHOT_LIMITS.textChars);
  return long === undefined ? undefined : excess('textChars', 'a text in the link', long);
}
