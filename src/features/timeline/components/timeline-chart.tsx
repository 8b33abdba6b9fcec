import { useTranslation } from '@/lib/use-translation';
import type { EventSummary } from '@/corpus/shards';
import { useAppHref } from '@/lib/app-links/use-app-href';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { DaySpan } from '../utils/day-range';
import { axisTicks } from '../utils/timeline-ticks';
import type { EventRow } from '../utils/timeline-rows';
import { TimelineAxis } from './timeline-axis';
import { TimelineEventBlock } from './timeline-event-block';
import { TimelineLegend } from './timeline-legend';

interface TimelineChartProps {
  events: readonly EventSummary[];
  /** Per event, its lanes; undefined while its claims load (the list says so). */
  rows: readonly (EventRow | undefined)[];
  span: DaySpan;
  lookups: CorpusLookups;
}

/**
 * The drawing, a group of links: every event, party lane and claim mark can be reached by
 * Tab and names itself (party, date, stance, words). The list below holds the same events
 * and claims in date order for reading through; a skip link leads there.
 */
export function TimelineChart({ events, rows, span, lookups }: TimelineChartProps) {
  const { t } = useTranslation();
  const hrefOf = useAppHref();
  const ticks = axisTicks(span);
  return (
    <div>
      <TimelineLegend />
      <a
        href="#timeline-list-title"
        className="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-2 focus:py-1 focus:text-teal-900"
      >
        {t('timeline.skipDrawing')}
      </a>
      <div
        role="group"
        aria-label={t('timeline.drawing')}
        data-testid="timeline-chart"
        className="mt-2 overflow-hidden rounded-lg border border-stone-200 bg-white px-3 pb-3"
      >
        <TimelineAxis ticks={ticks} span={span} />
        {events.map((event, position) => (
          <TimelineEventBlock
            key={event.id}
            event={event}
            row={rows[position]}
            ticks={ticks}
            span={span}
            lookups={lookups}
            hrefOf={hrefOf}
          />
        ))}
      </div>
    </div>
  );
}
