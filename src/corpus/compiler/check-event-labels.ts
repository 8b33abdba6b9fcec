import type { LocalizedText } from '../primitives';
import type { ErrorSink } from '../rules/corpus-error';
import { oneSidedWordsIn } from '../rules/one-sided-words';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus } from './loaded-corpus';

function checkText(
  text: LocalizedText,
  file: string,
  path: readonly (string | number)[],
  sink: ErrorSink,
): void {
  for (const language of ['ar', 'en'] as const) {
    for (const word of oneSidedWordsIn(text[language], language)) {
      sink.report(
        file,
        formatIssuePath([...path, language]),
        `"${text[language]}" uses ${word.word}, ${word.reason}: our labels and gists are neutral, so the word stays in the quote and its translation`,
      );
    }
  }
}

/**
 * What an event says in our voice (its title, question and scope labels, and each claim's
 * gist) takes no side's word for another (rules/one-sided-words.ts). Summaries and notes may
 * report a party's words; quotes and translations keep them.
 */
export function checkEventLabels(corpus: LoadedCorpus, sink: ErrorSink): void {
  for (const loaded of corpus.events) {
    const { file } = loaded;
    if (loaded.event) checkText(loaded.event.title, file, ['title'], sink);
    for (const [index, question] of (loaded.questions ?? []).entries()) {
      checkText(question.label, file, ['questions', index, 'label'], sink);
    }
    for (const [index, scope] of (loaded.scopes ?? []).entries()) {
      checkText(scope.label, file, ['scopes', index, 'label'], sink);
    }
    for (const { index, value: claim } of loaded.claims) {
      if (claim.gist) checkText(claim.gist, file, ['claims', index, 'gist'], sink);
    }
  }
}
