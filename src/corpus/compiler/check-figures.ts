import { extractNumbers, sameNumber } from './extract-numbers';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus } from './loaded-corpus';
import { normalizeQuote } from './text-normalize';

/**
 * A figure is read off its quote, never added to it: its value must be a
 * number the quote states, and a vague figure's word must be in the quote.
 */
export function checkFigures(corpus: LoadedCorpus, sink: ErrorSink): void {
  for (const event of corpus.events) {
    for (const { index, value: claim } of event.claims) {
      if (claim.figures.length === 0) continue;
      const quote = normalizeQuote(claim.quote);
      let numbers: number[] | undefined;
      claim.figures.forEach((figure, figureIndex) => {
        const path = ['claims', index, 'figures', figureIndex];
        if (figure.value !== undefined) {
          numbers ??= extractNumbers(quote);
          const { value } = figure;
          if (!numbers.some((number) => sameNumber(number, value))) {
            const found = numbers.length > 0 ? numbers.join(', ') : 'none';
            sink.report(
              event.file,
              formatIssuePath([...path, 'value']),
              `figure value ${value} does not appear in the quote (numbers found: ${found})`,
            );
          }
        }
        if (figure.vague !== undefined && !quote.includes(normalizeQuote(figure.vague.word))) {
          sink.report(
            event.file,
            formatIssuePath([...path, 'vague', 'word']),
            `vague word "${figure.vague.word}" does not appear in the quote`,
          );
        }
      });
    }
  }
}
