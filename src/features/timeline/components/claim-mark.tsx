import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import { formatFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { readableWords } from '../utils/readable-words';
import type { ClaimMark } from '../utils/timeline-rows';
import { stanceFill } from './stance-swatch';
import { trackOffset, trackOffsetFromEnd, trackPosition } from './track-position';

interface ClaimMarkViewProps {
  mark: ClaimMark;
  /** The party whose lane this is, named in the mark's accessible name. */
  partyName: string;
  /** Who spoke first, when this claim is known to have answered them. */
  afterName: string | undefined;
  /** In-app addresses with the page's ?lang= and ?corpus=, built once per chart. */
  hrefOf: (path: string, hash?: string) => string;
}

/**
 * A claim on its party's lane: a dot for a day, a band across a month or a
 * year. A known order ("after the opposition") is written beside it, because
 * two month-wide bands cannot show which came first.
 */
export function ClaimMarkView({ mark, partyName, afterName, hrefOf }: ClaimMarkViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { claim, extent } = mark;
  const isDay = claim.saidOn.precision === 'day';
  const end = extent.start + extent.size;
  // The label goes where there is room: after the mark, else before it, else over its start
  // (a band across the whole range leaves room on neither side).
  const room = 0.25;
  const labelStyle =
    1 - end >= room
      ? trackOffset(end)
      : extent.start >= room
        ? trackOffsetFromEnd(extent.start)
        : trackOffset(extent.start);
  const stance = t(`stance.${claim.stance}`);
  const label = `${partyName}, ${formatFuzzyDate(claim.saidOn, language)}, ${stance}: ${readableWords(claim, language)}`;
  return (
    <>
      {/* The visible mark: a dot, or a band as wide as the claim's dates. */}
      <span
        data-mark="claim"
        data-claim={claim.id}
        className={`pointer-events-none absolute top-1.5 h-3 border ${stanceFill[claim.stance]} ${
          isDay ? 'min-w-3 rounded-full' : 'min-w-2 rounded-sm opacity-60'
        }`}
        style={trackPosition(extent)}
      />
      {/* The target: the mark's span, never smaller than 24 × 24 px, reachable by Tab. */}
      <AppAnchor
        href={hrefOf(paths.event.getHref(claim.event), `claim-${claim.id}`)}
        data-mark-target={claim.id}
        aria-label={label}
        title={label}
        className="absolute top-0 h-6 min-w-6 rounded-sm hover:bg-stone-900/10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700"
        style={trackPosition(extent)}
      />
      {afterName !== undefined ? (
        <span
          data-after={claim.id}
          className="pointer-events-none absolute top-0.5 mx-1 rounded bg-white/90 px-1 text-[11px] leading-5 whitespace-nowrap text-stone-800"
          style={labelStyle}
        >
          <span className="inline-block rtl:-scale-x-100">↳</span>{' '}
          {t('timeline.after', { party: afterName })}
        </span>
      ) : null}
    </>
  );
}
