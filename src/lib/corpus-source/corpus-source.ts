import { corpusUrl } from '@/lib/corpus-url';
import { fetchJson, type ShardSchema } from '@/lib/fetch-json';

/**
 * Where the shards of the corpus on screen come from. Every fetcher reads
 * through one, so each view works unchanged on the bundled corpus, one
 * imported into this browser, or a snapshot carried by a link.
 */
export interface CorpusSource {
  /** Part of every query key: two corpora never share a cache entry. */
  readonly key: string;
  readonly kind: 'bundled' | 'imported' | 'snapshot';
  /** The `?corpus=` id of an imported corpus; undefined for the others. */
  readonly id?: string;
  /**
   * `path` is relative to the corpus root, as the index names it ("index.json", "events/x.1a2b.json").
   * `schema` may be a loader, so the schema's code arrives with the data rather than before it.
   */
  read<T>(path: string, schema: ShardSchema<T>, signal?: AbortSignal): Promise<T>;
}

/** The corpus built with the app, served next to it under <base>corpus/. */
export const bundledCorpusSource: CorpusSource = {
  key: 'bundled',
  kind: 'bundled',
  read: (path, schema, signal) => fetchJson(corpusUrl(path), schema, signal),
};
