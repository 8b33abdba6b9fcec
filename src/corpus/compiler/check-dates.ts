import type { DateRange, FuzzyDate } from '../primitives';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus } from './loaded-corpus';

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DateBounds {
  readonly earliest: string;
  readonly latest: string;
}

/** Sorting events asks for the same few dates again and again (bounded, for long-lived workers). */
const boundsByValue = new Map<string, DateBounds>();
const boundsLimit = 10_000;

/** The first and last calendar day a fuzzy date may mean, as YYYY-MM-DD. */
export function dateBounds(date: FuzzyDate): DateBounds {
  let bounds = boundsByValue.get(date.value);
  if (bounds === undefined) {
    bounds = computeBounds(date.value);
    if (boundsByValue.size >= boundsLimit) boundsByValue.clear();
    boundsByValue.set(date.value, bounds);
  }
  return bounds;
}

function computeBounds(value: string): DateBounds {
  const [year = '', month, day] = value.split('-');
  if (day !== undefined && month !== undefined) return { earliest: value, latest: value };
  if (month !== undefined) {
    const last = lastDayOfMonth(Number(year), Number(month));
    return {
      earliest: `${year}-${month}-01`,
      latest: `${year}-${month}-${String(last).padStart(2, '0')}`,
    };
  }
  return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
}

/** Whether `later` is certainly after `earlier`, whatever day each fuzzy date means. */
export function isCertainlyAfter(later: FuzzyDate, earlier: FuzzyDate): boolean {
  return dateBounds(later).earliest > dateBounds(earlier).latest;
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
