import type {
  Actor,
  Claim,
  CorpusEvent,
  CorpusMeta,
  Metric,
  Place,
  Question,
  Scope,
  Side,
  Source,
  Topic,
} from '../schema';

/** An entry of a list, with its position in the file for error paths. */
export interface Indexed<T> {
  index: number;
  value: T;
}

export interface Registry<T> {
  file: string;
  /** Entries that passed the schema. */
  items: Indexed<T>[];
  /**
   * Every id the file declares, valid entries or not: a reference to an
   * entry that is broken for another reason is not also "unknown".
   * Undefined when the file is missing or unreadable: then nothing is known
   * to be unknown either.
   */
  ids: Set<string> | undefined;
}

export interface LoadedSource {
  file: string;
  value: Source;
  /** The path of its textFile, whether or not that file exists. */
  textPath: string;
  text: string | undefined;
}

export interface LoadedEvent {
  file: string;
  /** Set only when the whole event passed the schema. */
  event: CorpusEvent | undefined;
  id: string | undefined;
  /** Questions and scopes when they passed the schema, even if the rest did not. */
  questions: Question[] | undefined;
  scopes: Scope[] | undefined;
  /** Claims that passed the schema, each with its index in the file. */
  claims: Indexed<Claim>[];
}

export interface LoadedCorpus {
  root: string;
  meta: { file: string; value: CorpusMeta } | undefined;
  sides: Registry<Side>;
  actors: Registry<Actor>;
  places: Registry<Place>;
  topics: Registry<Topic>;
  metrics: Registry<Metric>;
  sources: LoadedSource[];
  /** Ids declared by source files, valid or not (a file unreadable as JSON counts by its name). */
  sourceIds: Set<string>;
  events: LoadedEvent[];
  /** Ids declared by claims anywhere, valid or not; undefined when an event file is unreadable. */
  claimIds: Set<string> | undefined;
}

/** The string ids of a raw list's entries, however broken the entries are. */
export function rawIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const id = (item as { id?: unknown }).id;
    return typeof id === 'string' ? [id] : [];
  });
}

/** A raw object's property, without trusting its shape. */
export function rawField(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null && Object.hasOwn(raw, key)
    ? (raw as Record<string, unknown>)[key]
    : undefined;
}
