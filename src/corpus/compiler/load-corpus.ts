import type { ErrorSink } from '../rules/corpus-error';
import { classifyPath, layoutHint, requiredFiles } from './corpus-layout';
import { loadEvents } from './load-events';
import { loadRegistries } from './load-registries';
import { loadSources } from './load-sources';
import type { LoadedCorpus } from './loaded-corpus';
import type { ClassifiedFile, CorpusFile } from './read-json-file';

export type { CorpusFile } from './read-json-file';

/**
 * Parses and validates every file of a corpus, reporting each problem, and
 * keeps whatever passed so the cross-file checks can still run on it.
 * `root` is the corpus folder as the files' paths spell it ("data").
 */
export function loadCorpus(
  files: readonly CorpusFile[],
  root: string,
  sink: ErrorSink,
): LoadedCorpus {
  const trimmed = root.replace(/\/+$/, '');
  const prefix = trimmed === '' || trimmed === '.' ? '' : `${trimmed}/`;
  const classified: ClassifiedFile[] = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({
      ...file,
      kind: file.path.startsWith(prefix) ? classifyPath(file.path.slice(prefix.length)) : 'unknown',
    }));

  for (const { kind, name } of requiredFiles) {
    if (!classified.some((file) => file.kind === kind)) {
      sink.report(`${prefix}${name}`, '$', 'missing required file');
    }
  }
  for (const file of classified) {
    if (file.kind === 'unknown') sink.report(file.path, '$', `unexpected file: ${layoutHint}`);
  }

  return {
    root: trimmed,
    ...loadRegistries(classified, prefix, sink),
    ...loadSources(classified, sink),
    ...loadEvents(classified, sink),
  };
}
