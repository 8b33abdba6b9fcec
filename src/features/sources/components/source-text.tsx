import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { SourceShard } from '@/corpus/shards';
import { segmentText } from '../utils/segment-text';

/** The article as received: quotes highlighted and linked to their claims, furniture folded away. */
export function SourceText({
  shard,
  showBoilerplate,
}: {
  shard: SourceShard;
  showBoilerplate: boolean;
}) {
  const { t } = useTranslation();
  const segments = segmentText(shard.text.length, shard.quotes, shard.boilerplate);
  const language = shard.source.language;

  return (
    <div
      lang={language}
      dir={directionOfTag(language)}
      className="rounded-lg border border-stone-200 bg-white p-5 text-lg leading-loose whitespace-pre-wrap text-stone-900"
    >
      {segments.map((segment) => {
        const text = shard.text.slice(segment.start, segment.end);
        if (segment.boilerplate && !showBoilerplate) return null;
        const anchors = segment.quoteStarts.map((quoteIndex) => {
          const quote = shard.quotes[quoteIndex];
          return quote ? (
            <span
              key={`a-${quote.claim}`}
              id={quote.claim}
              tabIndex={-1}
              className="scroll-mt-24"
            />
          ) : null;
        });
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
              className="rounded-sm bg-amber-100 text-inherit"
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
            {anchors}
            {body}
            {links}
          </span>
        );
      })}
    </div>
  );
}
