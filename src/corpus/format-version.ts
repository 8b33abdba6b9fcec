/**
 * The version of the compiled JSON (index and shards). Bumped whenever their
 * shape changes, so an app never reads files from a build it does not know.
 * Its own module, without zod, for the run-time check of the bundled corpus.
 */
export const SHARD_FORMAT_VERSION = 2;
