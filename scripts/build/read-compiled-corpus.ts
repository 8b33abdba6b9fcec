import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import {
  corpusIndexSchema,
  sourceLocatorSchema,
  type CorpusIndex,
  type SourceSummary,
} from '../../src/corpus/shards.ts';

/**
 * What the build's page list reads from the compiled corpus in <publicDir>/corpus. The pages'
 * own data (event shards and the rest) is read page by page when each is rendered.
 */
export interface CompiledCorpus {
  index: CorpusIndex;
  /** Every source, cited or not, from the locator buckets. */
  sources: SourceSummary[];
}

async function readShard<T>(dir: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const where = path.join(dir, file);
  let text: string;
  try {
    text = await readFile(where, 'utf8');
  } catch {
    throw new Error(`${where} is missing: run \`npm run corpus\` before \`vite build\``);
  }
  return schema.parse(JSON.parse(text));
}

/** The index, and every source's summary. */
export async function readCompiledCorpus(publicDir: string): Promise<CompiledCorpus> {
  const dir = path.join(publicDir, 'corpus');
  const index = await readShard(dir, 'index.json', corpusIndexSchema);
  const sources = new Map<string, SourceSummary>();
  for (const bucket of index.sourceLocator) {
    const locator = await readShard(dir, bucket, sourceLocatorSchema);
    for (const source of locator.sources) sources.set(source.id, source);
  }
  return {
    index,
    sources: [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
