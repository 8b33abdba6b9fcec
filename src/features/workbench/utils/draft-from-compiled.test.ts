import { describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { draftFilesFromCompiled } from './draft-from-compiled';

// The bundled corpus's files as committed (schemas and README are not data), read by Vite.
const committed = import.meta.glob<string>(
  ['../../../../data/*.json', '../../../../data/events/*.json', '../../../../data/sources/*'],
  { query: '?raw', import: 'default', eager: true },
);
const bundledFiles: CorpusFile[] = Object.entries(committed).map(([path, text]) => ({
  path: path.replace(/^(\.\.\/)+/, ''),
  text,
}));
const textOf = (path: string) => bundledFiles.find((file) => file.path === path)?.text;

describe('a draft copied from the compiled bundled corpus', () => {
  it('compiles again to the same shards, with every source text byte for byte', () => {
    const result = compileCorpus(bundledFiles);
    if (!result.ok) throw new Error('the bundled corpus does not compile');
    const files = draftFilesFromCompiled({
      index: result.index,
      events: result.eventShards.map((shard) => shard.data),
      sources: result.sourceShards.map((shard) => shard.data),
    });
    expect(result.sourceShards.length).toBeGreaterThan(0);
    for (const shard of result.sourceShards) {
      const id = shard.data.source.id;
      expect(files[`sources/${id}.txt`]).toBe(textOf(`data/sources/${id}.txt`));
    }
    const again = compileCorpus(
      Object.entries(files).map(([path, text]) => ({ path: `data/${path}`, text })),
    );
    if (!again.ok) {
      throw new Error(again.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n'));
    }
    expect(again.eventShards.map((shard) => shard.json)).toEqual(
      result.eventShards.map((shard) => shard.json),
    );
    expect(again.sourceShards.map((shard) => shard.json)).toEqual(
      result.sourceShards.map((shard) => shard.json),
    );
  });
});
