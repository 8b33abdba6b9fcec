import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { SourceShard } from '@/corpus/shards';
import { segmentText } from '../utils/segment-text';

interface SourceTextProps {
  shard: SourceShard;
  showBoilerplate: boolean;
  /** The claim a link pointed at (`#<claimId>`): its quote is marked out and takes focus. */
  activeClaim?: string | undefined;
  /** Says whose quote the focused one is, for a screen reader landing on it. */
  activeContext?: string | undefined;
}

/**
 * The article as received: quotes highlighted and linked to their claims,
 * furniture folded away. The quote a link points at is drawn apart from the
 * others, and its first <mark> carries the claim's id, so focus lands on the
 * words themselves and a screen reader reads them out.
 */
export function SourceText({
  shard,
  showBoilerplate,
  activeClaim,
  activeContext,
}: SourceTextProps) {
  const { t } = useTranslation();
  const segments = segmentText(shard.text.length, shard.quotes, shard.boilerplate);
  const language = shard.source.language;
  const active = shard.quotes.findIndex((quote) => quote.claim === activeClaim);
  const contextId = active >= 0 ? `quote-context-${String(active)}` : undefined;

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
      {segments.map((segment) => {
        const text = shard.text.slice(segment.start, segment.end);
        const inActive = segment.quotes.includes(active);
        // Furniture stays folded unless the quote a link points at runs through it.
        if (segment.boilerplate && !showBoilerplate && !inActive) return null;
        const startsActive = segment.quoteStarts.includes(active);
        const links = segment.quoteEnds.map((quoteIndex) => {
          const quote = shard.quotes[quoteIndex];
          return quote ? (
            <Link
              key={`l-${quote.claim}`}
              to={paths.event.path}
              params={{ eventId: quote.event }}
              hash={`claim-${quote.claim}`}
              className="mx-1 align-super text-xs font-semibold text-teal-800 underline"
              title={quote.claim}
            >
              [{t('sources.claimLink')}]
            </Link>
          ) : null;
        });
        const body =
          segment.quotes.length > 0 ? (
            <mark
              data-claims={segment.quotes.map((i) => shard.quotes[i]?.claim).join(' ')}
              data-active={inActive ? '' : undefined}
              {...(startsActive
                ? { id: activeClaim, tabIndex: -1, 'aria-describedby': contextId }
                : {})}
              className="scroll-mt-24 rounded-sm bg-amber-100 text-inherit focus:outline-none data-active:bg-amber-300 data-active:underline data-active:decoration-amber-800 data-active:decoration-2 data-active:underline-offset-4"
            >
              {text}
            </mark>
          ) : segment.boilerplate ? (
            <span className="text-stone-500">{text}</span>
          ) : (
            text
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
