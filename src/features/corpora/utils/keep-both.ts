import { maxSlugLength } from '@/corpus/slug';
import type { CompiledCorpusFiles } from '@/lib/corpus-source/imported-corpus';

/** The first of "id-2", "id-3"… that no stored corpus has, still a valid slug. */
export function freeCorpusId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const base = id.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '');
    const candidate = `${base}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The compiled files under another id: the index names the corpus, and links built from it
 * (share links, exports) must name the copy the reader kept, not the one it sits beside.
 */
export function withCorpusId(compiled: CompiledCorpusFiles, id: string): CompiledCorpusFiles {
  return {
    files: compiled.files.map((file) => {
      if (file.path !== 'index.json') return file;
      const index = JSON.parse(file.json) as { corpus: Record<string, unknown> };
      return {
        path: file.path,
        json: JSON.stringify({ ...index, corpus: { ...index.corpus, id } }),
      };
    }),
  };
}
