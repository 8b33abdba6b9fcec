import type { Boilerplate, Claim } from '../schema';
import type { ErrorSink } from '../rules/corpus-error';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus, LoadedSource } from './loaded-corpus';
import { describeQuoteFailure, locateQuote, NormalizedTextCache } from './locate-quote';

export interface Span {
  start: number;
  end: number;
}

/** Where each quote and boilerplate span sits in its source's text as received. */
export interface QuoteSpans {
  claims: Map<Claim, Span>;
  boilerplate: Map<Boilerplate, Span>;
}

function locate(
  source: LoadedSource & { text: string },
  cache: NormalizedTextCache,
  span: { text: string; occurrence?: number | undefined },
  what: string,
  report: (path: 'text' | 'occurrence', message: string) => void,
): Span | undefined {
  const found = locateQuote(cache.get(source.textPath, source.text), span.text, span.occurrence);
  if (found.ok) return { start: found.start, end: found.end };
  const where =
    what === 'quote'
      ? `source "${source.value.id}" (${source.textPath})`
      : `the source text (${source.textPath})`;
  report(
    found.reason === 'no-such-occurrence' ? 'occurrence' : 'text',
    describeQuoteFailure(found, what, where, span.occurrence),
  );
  return undefined;
}

function hasText(source: LoadedSource): source is LoadedSource & { text: string } {
  return source.text !== undefined;
}

/**
 * Every quote and boilerplate span is found verbatim (after NFC and
 * whitespace folding) in its source's text, exactly once or at the
 * occurrence it names.
 */
export function checkQuotes(corpus: LoadedCorpus, sink: ErrorSink): QuoteSpans {
  const cache = new NormalizedTextCache();
  const spans: QuoteSpans = { claims: new Map(), boilerplate: new Map() };
  const sources = new Map(
    corpus.sources.filter(hasText).map((source) => [source.value.id, source]),
  );

  for (const source of [...sources.values()]) {
    const failure = cache.prepare(source.textPath, source.text);
    if (failure === undefined) continue;
    sink.report(source.textPath, '$', failure);
    sources.delete(source.value.id);
  }

  for (const source of sources.values()) {
    source.value.boilerplate.forEach((boilerplate, index) => {
      const span = locate(source, cache, boilerplate, 'boilerplate text', (field, message) => {
        sink.report(source.file, formatIssuePath(['boilerplate', index, field]), message);
      });
      if (span) spans.boilerplate.set(boilerplate, span);
    });
  }

  for (const event of corpus.events) {
    for (const { index, value: claim } of event.claims) {
      const source = sources.get(claim.source);
      if (!source) continue;
      const quote = { text: claim.quote, occurrence: claim.occurrence };
      const span = locate(source, cache, quote, 'quote', (field, message) => {
        const key = field === 'text' ? 'quote' : 'occurrence';
        sink.report(event.file, formatIssuePath(['claims', index, key]), message);
      });
      if (span) spans.claims.set(claim, span);
    }
  }
  return spans;
}
