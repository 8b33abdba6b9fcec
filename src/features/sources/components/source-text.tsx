import { directionOf, directionOfTag, type LanguageCode } from '@/config/languages';
import type { Stance } from '@/corpus/schema';
import type { SourceShard } from '@/corpus/shards';
import { AppAnchor } from '@/components/ui/app-anchor';
import { StanceMark } from '@/components/ui/stance-mark';
import { quoteTone } from '../utils/quote-tone';
import { segmentText } from '../utils/segment-text';

type Quote = SourceShard['quotes'][number];

interface SourceTextProps {
  shard: SourceShard;
  showBoilerplate: boolean;
  /** The claim a link pointed at (`#<claimId>`): its quote is marked out and takes focus. */
  activeClaim?: string | undefined;
  /** Says whose quote the focused one is, for a screen reader landing on it. */
  activeContext?: string | undefined;
  /** The reader's language, which the quotes' labels are in. */
  uiLanguage: LanguageCode;
  /** "Ministry of Defence · Asserts": who made the claim quoted, and how. */
  labelOf: (quote: Quote) => string;
  /** The claim's card in its event's comparison. */
  hrefOf: (quote: Quote) => string;
}

/**
 * The article as received: each quote highlighted in its claim's stance and followed by a small
 * link naming its party and stance, to the claim in its comparison; furniture folded away. The
 * quote a link points at is drawn apart from the others, and its first <mark> carries the
 * claim's id, so focus lands on the words themselves and a screen reader reads them out.
 */
export function SourceText({
  shard,
  showBoilerplate,
  activeClaim,
  activeContext,
  uiLanguage,
  labelOf,
  hrefOf,
}: SourceTextProps) {
  const segments = segmentText(shard.text.length, shard.quotes, shard.boilerplate);
  const language = shard.source.language;
  const active = shard.quotes.findIndex((quote) => quote.claim === activeClaim);
  const contextId = active >= 0 ? `quote-context-${String(active)}` : undefined;
  const stanceOf = (quoteIndex: number): Stance | undefined => shard.quotes[quoteIndex]?.stance;
  // Furniture stays folded unless the quote a link points at runs through it.
  const folded = segments.map(
    (segment) => segment.boilerplate && !showBoilerplate && !segment.quotes.includes(active),
  );

  return (
    <div
      lang={language}
      dir={directionOfTag(language)}
      className="rounded-lg border border-stone-200 bg-white p-5 text-lg leading-loose whitespace-pre-wrap text-stone-900"
    >
      {contextId && activeContext ? (
        <span id={contextId} hidden>
          {activeContext}
        </span>
      ) : null}
      {segments.map((segment, position) => {
        const text = shard.text.slice(segment.start, segment.end);
        const inActive = segment.quotes.includes(active);
        if (folded[position] === true) return null;
        // Folded furniture leaves the blank lines around it: text right after it starts at its
        // first non-blank line, so a hidden "share / read also" block is not a screen of white.
        const plain = segment.quotes.length === 0 && !segment.boilerplate;
        const afterFolded = position > 0 && folded[position - 1] === true;
        const shown = afterFolded && plain ? text.replace(/^\s*\n/, '') : text;
        const startsActive = segment.quoteStarts.includes(active);
        const links = segment.quoteEnds.map((quoteIndex) => {
          const quote = shard.quotes[quoteIndex];
          if (!quote) return null;
          return (
            // The label is in the reader's language, not the text's: the app's own words.
            <AppAnchor
              key={`l-${quote.claim}`}
              href={hrefOf(quote)}
              data-quote-label={quote.claim}
              lang={uiLanguage}
              dir={directionOf(uiLanguage)}
              className="mx-1 inline-block rounded-sm border border-stone-300 bg-stone-50 px-1.5 align-middle font-sans text-xs leading-5 font-semibold whitespace-normal text-stone-900 underline decoration-stone-500 underline-offset-2 hover:bg-white"
            >
              {quote.stance ? <StanceMark stance={quote.stance} className="me-1" /> : null}
              {labelOf(quote)}
            </AppAnchor>
          );
        });
        const body =
          segment.quotes.length > 0 ? (
            <mark
              data-claims={segment.quotes.map((i) => shard.quotes[i]?.claim).join(' ')}
              data-stance={stanceOf(segment.quotes[0] ?? -1)}
              data-active={inActive ? '' : undefined}
              {...(startsActive
                ? { id: activeClaim, tabIndex: -1, 'aria-describedby': contextId }
                : {})}
              className={`scroll-mt-24 rounded-sm text-inherit underline decoration-2 underline-offset-4 data-active:outline-3 data-active:outline-offset-1 data-active:outline-amber-600 ${quoteTone(segment.quotes.map(stanceOf))}`}
            >
              {text}
            </mark>
          ) : segment.boilerplate ? (
            <span className="text-stone-500">{text}</span>
          ) : (
            shown
          );
        return (
          <span key={segment.start}>
            {body}
            {links}
          </span>
        );
      })}
    </div>
  );
}
