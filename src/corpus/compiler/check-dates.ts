import { firstDayOf, lastDayOf } from '../calendar';
import type { DateRange, FuzzyDate } from '../primitives';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus } from './loaded-corpus';

/** Whether `later` is certainly after `earlier`, whatever day each fuzzy date means. */
export function isCertainlyAfter(later: FuzzyDate, earlier: FuzzyDate): boolean {
  return firstDayOf(later) > lastDayOf(earlier);
}

function checkRange(
  range: DateRange | undefined,
  file: string,
  path: (string | number)[],
  what: string,
  sink: ErrorSink,
): void {
  if (range?.to !== undefined && isCertainlyAfter(range.from, range.to)) {
    sink.report(file, formatIssuePath([...path, 'to']), `${what}.to is before ${what}.from`);
  }
}

/**
 * Dates that cannot all be true: a claim said after the text reporting it
 * was published, a range that ends before it starts. Fuzzy dates are
 * compared only where their precision makes the order certain.
 */
export function checkDates(corpus: LoadedCorpus, sink: ErrorSink): void {
  const published = new Map(
    corpus.sources.map((source) => [source.value.id, source.value.published]),
  );
  for (const event of corpus.events) {
    if (event.event) checkRange(event.event.date, event.file, ['date'], 'date', sink);
    event.scopes?.forEach((scope, index) => {
      checkRange(scope.period, event.file, ['scopes', index, 'period'], 'period', sink);
    });
    for (const { index, value: claim } of event.claims) {
      const sourceDate = published.get(claim.source);
      if (sourceDate && isCertainlyAfter(claim.saidOn, sourceDate)) {
        sink.report(
          event.file,
          formatIssuePath(['claims', index, 'saidOn']),
          'said after the source was published',
        );
      }
    }
  }
}
