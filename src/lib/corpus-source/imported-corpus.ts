import { z } from '@/corpus/zod';
import { slugSchema } from '@/corpus/primitives';
import { localizedTextSchema } from '@/corpus/primitives';

/** One imported corpus as the catalog lists it; its shards are stored apart, under `storeKey`. */
export const importedCorpusSchema = z.strictObject({
  id: slugSchema,
  /** Unique per import, so a re-import never overwrites the shards the old entry points at. */
  storeKey: z.string().min(1),
  title: localizedTextSchema,
  /** The file the reader dropped, as its name said. */
  fileName: z.string(),
  importedAt: z.iso.datetime(),
  fileCount: z.int().nonnegative(),
  eventCount: z.int().nonnegative(),
  sourceCount: z.int().nonnegative(),
  claimCount: z.int().nonnegative(),
  byteSize: z.int().nonnegative(),
});

export type ImportedCorpus = z.infer<typeof importedCorpusSchema>;

/** The compiler's output in the form the store keeps: every file as the JSON a host would serve. */
export interface CompiledCorpusFiles {
  /** "index.json" first, then every shard by its content-hashed path. */
  files: { path: string; json: string }[];
}
