import { corpusUrl } from '@/lib/corpus-url';
import { assertCompiledShard } from '@/lib/compiled-shard';
import { fetchJsonBody, type ShardSchema } from '@/lib/fetch-json';

/**
 * Where the shards of the corpus on screen come from. Every fetcher reads
 * through one, so each view works unchanged on the bundled corpus, one
 * imported into this browser, a snapshot carried by a link, or a draft
 * compiled in the workbench.
 */
export interface CorpusSource {
  /** Part of every query key: two corpora never share a cache entry. */
  readonly key: string;
  readonly kind: 'bundled' | 'imported' | 'snapshot' | 'draft';
  /** The `?corpus=` id of an imported corpus; undefined for the others. */
  readonly id?: string;
  /**
   * `path` is relative to the corpus root, as the index names it ("index.json", "events/x.1a2b.json").
   * `schema` may be a loader, so the schema's code arrives with the data rather than before it.
   */
  read<T>(path: string, schema: ShardSchema<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * The corpus built with the app, served next to it under <base>corpus/. The
 * compiler checked it against the schema when the app was built, so at run
 * time only its format version is checked (assertCompiledShard); imported corpora and
 * snapshots, which come from outside, are parsed with the schema on every read.
 */
export const bundledCorpusSource: CorpusSource = {
  key: 'bundled',
  kind: 'bundled',
  async read<T>(path: string, _schema: ShardSchema<T>, signal?: AbortSignal): Promise<T> {
    const url = corpusUrl(path);
    const body = await fetchJsonBody(url, signal);
    assertCompiledShard(url, body);
    return body as T;
  },
};
