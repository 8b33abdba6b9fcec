import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import { ShardLoadError } from '@/lib/fetch-json';

/**
 * The run-time check of a file the corpus compiler wrote: an object of this
 * app's format version. The compiler checked its content against the schema
 * when it wrote it, so the file is not parsed with the schema again on every
 * load (at 10,000 events that is a quarter of a second before the list can
 * paint); what can still go wrong on the way — a host serving another
 * build's files, a damaged or foreign file — is caught here.
 */
export function assertCompiledShard(
  where: string,
  body: unknown,
): asserts body is { formatVersion: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ShardLoadError(where, 'unexpected shape at (root): not a corpus file');
  }
  const version: unknown = (body as { formatVersion?: unknown }).formatVersion;
  if (version !== SHARD_FORMAT_VERSION) {
    throw new ShardLoadError(
      where,
      `unexpected shape at formatVersion: expected ${String(SHARD_FORMAT_VERSION)}, got ${version === undefined ? 'nothing' : JSON.stringify(version)}`,
    );
  }
}
