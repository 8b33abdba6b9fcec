import approxSearch from 'approx-string-match';

/** Where a quote sits in a text, how far its words are from the quote, and how well it fits. */
interface QuoteMatch {
  start: number;
  end: number;
  /** Letters inserted, deleted or changed between the quote and the text's words. */
  errors: number;
  /** 0 to 1: the quote's likeness, then its context's, then closeness to the expected place. */
  score: number;
}

interface QuoteContext {
  /** The text the annotation saw before the quote. */
  prefix?: string | undefined;
  suffix?: string | undefined;
  /** Where the quote was expected to start. */
  hint?: number | undefined;
}

/**
 * How far the words may be from the quote, as a share of its length. Hypothesis allows half
 * within one page it knows; an import searches every source of the draft for a page it may not
 * hold, so a quarter: a missing hamza, a changed letter or two, not another sentence.
 */
const MAX_ERROR_SHARE = 0.25;

/** Candidates past this are not scored: a quote of one common word is no quote. */
const MAX_CANDIDATES = 1_000;

type Candidate = Omit<QuoteMatch, 'score'>;

function exactMatches(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_CANDIDATES;) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

/** 0 to 1: how alike `text` and the expected context are. */
function contextScore(text: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (text.length === 0) return 0;
  const [best] = approxSearch(text, expected, expected.length);
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}

/**
 * The best place for `quote` in `text`, after hypothesis/client's `match-quote.ts`: exact
 * matches when there are any, else approximate ones (approx-string-match, the library it uses),
 * ranked by the quote's likeness, then the prefix's and suffix's, then the expected place.
 * `tied` says the context could not tell the best from another; undefined when nothing is
 * close enough.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext = {},
): { best: QuoteMatch; tied: boolean } | undefined {
  if (quote.length === 0 || text.length === 0) return undefined;
  let candidates = exactMatches(text, quote);
  if (candidates.length === 0) {
    const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_SHARE));
    if (maxErrors === 0) return undefined;
    candidates = approxSearch(text, quote, maxErrors).slice(0, MAX_CANDIDATES);
  }
  const { prefix = '', suffix = '', hint } = context;
  const scored = candidates
    .map((match) => {
      const quoteScore = 1 - match.errors / quote.length;
      const before = contextScore(
        text.slice(Math.max(0, match.start - prefix.length), match.start),
        prefix,
      );
      const after = contextScore(text.slice(match.end, match.end + suffix.length), suffix);
      const place = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / text.length;
      const score = (50 * quoteScore + 20 * before + 20 * after + 2 * place) / 92;
      return { ...match, score };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const [best] = scored;
  if (best === undefined) return undefined;
  // Approximate matches come in overlapping runs around one place: only another place ties.
  const rival = scored.find((match) => match.end <= best.start || match.start >= best.end);
  return { best, tied: rival !== undefined && best.score - rival.score < 1e-9 };
}
