import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { formatFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import type { ClaimMark } from '../utils/timeline-rows';
import { stanceFill } from './stance-swatch';
import { trackOffset, trackOffsetFromEnd, trackPosition } from './track-position';

interface ClaimMarkViewProps {
  mark: ClaimMark;
  /** Who spoke first, when this claim is known to have answered them. */
  afterName: string | undefined;
}

/**
 * A claim on its party's lane: a dot for a day, a band across a month or a
 * year. A known order ("after the opposition") is written beside it, because
 * two month-wide bands cannot show which came first.
 */
export function ClaimMarkView({ mark, afterName }: ClaimMarkViewProps) {
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
  return (
    <>
      <Link
        to={paths.event.path}
        params={{ eventId: claim.event }}
        hash={`claim-${claim.id}`}
        tabIndex={-1}
        data-mark="claim"
        data-claim={claim.id}
        title={`${formatFuzzyDate(claim.saidOn, language)} — ${t(`stance.${claim.stance}`)}${claim.translation ? `: ${claim.translation}` : ''}`}
        className={`absolute top-1 h-3 border ${stanceFill[claim.stance]} ${
          isDay ? 'min-w-3 rounded-full' : 'min-w-2 rounded-sm opacity-60 hover:opacity-90'
        }`}
        style={trackPosition(extent)}
      />
      {afterName !== undefined ? (
        <span
          data-after={claim.id}
          className="absolute top-0 mx-1 rounded bg-white/90 px-1 text-[11px] leading-5 whitespace-nowrap text-stone-800"
          style={labelStyle}
        >
          <span className="inline-block rtl:-scale-x-100">↳</span>{' '}
          {t('timeline.after', { party: afterName })}
        </span>
      ) : null}
    </>
  );
}
