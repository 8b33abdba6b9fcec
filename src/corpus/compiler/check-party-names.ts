import type { LocalizedText } from '../primitives';
import type { ErrorSink } from '../rules/corpus-error';
import { oneSidedWordsIn } from '../rules/one-sided-words';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus, Registry } from './loaded-corpus';

function checkNames<T>(
  registry: Registry<T>,
  key: string,
  field: string,
  nameOf: (item: T) => LocalizedText,
  sink: ErrorSink,
): void {
  for (const { index, value } of registry.items) {
    const name = nameOf(value);
    for (const language of ['ar', 'en'] as const) {
      for (const word of oneSidedWordsIn(name[language], language)) {
        sink.report(
          registry.file,
          formatIssuePath([key, index, field, language]),
          `"${name[language]}" uses ${word.word}, ${word.reason}: a name is ours and neutral, so keep the word in the aliases and the quotes`,
        );
      }
    }
  }
}

/**
 * The names we give the parties and the sides are shown on every view, so they take no side's
 * word for another (rules/one-sided-words.ts). Aliases may: they are the texts' names.
 */
export function checkPartyNames(corpus: LoadedCorpus, sink: ErrorSink): void {
  checkNames(corpus.actors, 'actors', 'name', (actor) => actor.name, sink);
  checkNames(corpus.sides, 'sides', 'label', (side) => side.label, sink);
}
