import { describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { emptyDraftFiles, sortedPaths } from './draft-files';

describe('emptyDraftFiles', () => {
  it('lays out every required file with its $schema', () => {
    const files = emptyDraftFiles('my-corpus', { ar: 'مدونة', en: 'A corpus' });
    expect(sortedPaths(files)).toEqual([
      'actors.json',
      'corpus.json',
      'metrics.json',
      'places.json',
      'sides.json',
      'topics.json',
    ]);
    expect(JSON.parse(files['actors.json'] ?? '')).toEqual({
      $schema: './schema/actors.schema.json',
      actors: [],
    });
  });

  it('is a corpus the compiler reads without a problem of layout or schema', () => {
    const files = emptyDraftFiles('my-corpus', { ar: 'مدونة', en: 'A corpus' });
    const result = compileCorpus(
      Object.entries(files).map(([path, text]) => ({ path: `data/${path}`, text })),
    );
    const problems = result.ok
      ? []
      : result.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);
    expect(problems).toEqual([]);
  });
});
