import type { DaySpan } from '../utils/day-range';
import { extentOf } from '../utils/timeline-extent';
import type { Tick } from '../utils/timeline-ticks';
import { trackOffset } from './track-position';

/** Label column and track: side by side from the small breakpoint, stacked on phones. */
export const laneClass = 'grid gap-x-3 sm:grid-cols-[11rem_minmax(0,1fr)]';

/** Faint lines at each tick, behind a track's marks, so a mark can be read against the axis. */
export function TrackGrid({ ticks, span }: { ticks: readonly Tick[]; span: DaySpan }) {
  return (
    <>
      {ticks.map((tick) => (
        <span
          key={tick.day}
          className="absolute inset-y-0 w-px bg-stone-200"
          style={trackOffset(extentOf({ first: tick.day, last: tick.day }, span)?.start ?? 0)}
        />
      ))}
    </>
  );
}
