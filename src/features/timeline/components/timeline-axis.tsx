import { useTranslation } from '@/lib/use-translation';
import { useLanguage } from '@/lib/use-language';
import type { DaySpan } from '../utils/day-range';
import { extentOf } from '../utils/timeline-extent';
import { startsYear, tickLabel } from '../utils/tick-label';
import type { Tick } from '../utils/timeline-ticks';
import { laneClass } from './timeline-grid';
import { trackOffset, trackOffsetFromEnd } from './track-position';

interface TimelineAxisProps {
  ticks: readonly Tick[];
  span: DaySpan;
}

/** Tick labels along the top, with "earlier" and "later" at the ends so direction is never guessed. */
export function TimelineAxis({ ticks, span }: TimelineAxisProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className={`${laneClass} sticky top-0 z-10 border-b border-stone-300 bg-white pt-2`}>
      <div className="hidden text-xs text-stone-600 sm:block" />
      <div>
        <div className="flex justify-between text-xs font-medium text-stone-600">
          <span>{t('timeline.earlier')}</span>
          <span>{t('timeline.later')}</span>
        </div>
        <div className="relative h-6">
          {ticks.map((tick, position) => {
            const at = extentOf({ first: tick.day, last: tick.day }, span)?.start ?? 0;
            // On narrow screens every other label gives way, so labels never collide.
            const crowded = ticks.length >= 5 && position % 2 === 1;
            // Near the later end a label hangs back from its tick, so it is never cut off.
            const nearEnd = at > 0.85;
            return (
              <span
                key={tick.day}
                className={`absolute top-1 text-xs whitespace-nowrap text-stone-700 ${nearEnd ? 'border-e pe-1' : 'border-s ps-1'} border-stone-400 ${crowded ? 'max-sm:hidden' : ''}`}
                style={nearEnd ? trackOffsetFromEnd(at) : trackOffset(at)}
              >
                {tickLabel(tick, language, startsYear(ticks, position))}
              </span>
            );
          })}
        </div>
      </div>
    </div>
  );
}
