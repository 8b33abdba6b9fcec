import type { BuiltCorpus } from '@/corpus/compiler/build-shards';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import { formatCorpusError, type CorpusError } from '@/corpus/rules/corpus-error';
import { corpusFilesOf, type DraftFiles } from './draft-files';

export interface DraftCheck {
  /** Each problem as `npm run corpus -- --check` prints it: `file: path: reason`. */
  problems: { line: string; error: CorpusError }[];
  /** Problems past the compiler's bound, counted but not listed. */
  unlisted: number;
  /** How long the check took, for the bench and for the curious. */
  ms: number;
  /** The compiled corpus, when there is no problem: what the preview shows a reader. */
  corpus?: BuiltCorpus;
}

/** The compiler's own check of a draft, its files named as in a `data/` folder. */
export function checkDraft(files: DraftFiles): DraftCheck {
  const started = performance.now();
  const result = compileCorpus(
    Object.entries(corpusFilesOf(files)).map(([path, text]) => ({ path: `data/${path}`, text })),
    { root: 'data' },
  );
  const ms = performance.now() - started;
  if (result.ok) {
    const { ok: _ok, ...corpus } = result;
    return { problems: [], unlisted: 0, ms, corpus };
  }
  return {
    problems: result.errors.map((error) => ({ line: formatCorpusError(error), error })),
    unlisted: result.unlisted ?? 0,
    ms,
  };
}
