import { maxSlugLength } from '@/corpus/slug';
import { slugSchema } from '@/corpus/primitives';
import { freeCorpusId, withCorpusId } from './keep-both';

describe('keeping both corpora', () => {
  it('gives the new one the first free id, still a valid slug at the length limit', () => {
    expect(freeCorpusId('test', new Set(['test']))).toBe('test-2');
    expect(freeCorpusId('test', new Set(['test', 'test-2', 'test-3']))).toBe('test-4');
    const long = `${'a'.repeat(maxSlugLength - 3)}-bb`;
    const free = freeCorpusId(long, new Set([long]));
    expect(free).toHaveLength(maxSlugLength - 1);
    expect(free.endsWith('-2')).toBe(true);
    expect(slugSchema.safeParse(free).success).toBe(true);
  });

  it('renames the corpus in the index only, leaving every shard as compiled', () => {
    const shard = { path: 'events/a.0123abcd.json', json: '{"corpus":{"id":"test"}}' };
    const renamed = withCorpusId(
      {
        files: [{ path: 'index.json', json: '{"corpus":{"id":"test","title":"T"},"x":1}' }, shard],
      },
      'test-2',
    );
    expect(renamed.files).toEqual([
      { path: 'index.json', json: '{"corpus":{"id":"test-2","title":"T"},"x":1}' },
      shard,
    ]);
  });
});
