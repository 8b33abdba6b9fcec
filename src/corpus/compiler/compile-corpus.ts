import type { BuiltCorpus } from './build-shards';
import { buildShards } from './build-shards';
import { checkClaims } from './check-claims';
import { checkDates } from './check-dates';
import { checkEventLabels } from './check-event-labels';
import { checkFigures } from './check-figures';
import { checkIds } from './check-ids';
import { checkPartyNames } from './check-party-names';
import { checkPlaces } from './check-places';
import { checkQuotes } from './check-quotes';
import { checkReferences } from './check-references';
import { ErrorSink, type CorpusError } from '../rules/corpus-error';
import { loadCorpus, type CorpusFile } from './load-corpus';

export type CompileResult =
  | ({ ok: true } & BuiltCorpus)
  /** `unlisted`: problems counted past the sink's bound, not in `errors`. */
  | { ok: false; errors: CorpusError[]; unlisted?: number };

export interface CompileOptions {
  /** The corpus folder as the files' paths name it ("data"): messages use the same paths. */
  root?: string;
}

/**
 * Compiles a corpus held in memory: validates every file, runs every
 * cross-file check and reports all problems at once; builds the shards only
 * when there are none. Pure and browser-safe, so an imported corpus can be
 * checked in a Web Worker by the same rules.
 */
export function compileCorpus(
  files: readonly CorpusFile[],
  options: CompileOptions = {},
): CompileResult {
  const sink = new ErrorSink();
  const corpus = loadCorpus(files, options.root ?? 'data', sink);
  checkIds(corpus, sink);
  checkReferences(corpus, sink);
  checkPartyNames(corpus, sink);
  checkEventLabels(corpus, sink);
  checkPlaces(corpus, sink);
  checkClaims(corpus, sink);
  const spans = checkQuotes(corpus, sink);
  checkFigures(corpus, sink);
  checkDates(corpus, sink);
  if (sink.count > 0) {
    const { unlisted } = sink;
    return unlisted > 0
      ? { ok: false, errors: sink.sorted(), unlisted }
      : { ok: false, errors: sink.sorted() };
  }
  return { ok: true, ...buildShards(corpus, spans) };
}
