import type { EventSummary } from '@/corpus/shards';
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
 * The drawing. It is hidden from assistive technology: the list below holds
 * the same events and claims in date order, with every link reachable.
 */
export function TimelineChart({ events, rows, span, lookups }: TimelineChartProps) {
  const ticks = axisTicks(span);
  return (
    <div>
      <TimelineLegend />
      <div
        aria-hidden="true"
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
          />
        ))}
      </div>
    </div>
  );
}
