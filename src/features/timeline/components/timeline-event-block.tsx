import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import type { DaySpan } from '../utils/day-range';
import type { EventRow } from '../utils/timeline-rows';
import type { Tick } from '../utils/timeline-ticks';
import { ClaimMarkView } from './claim-mark';
import { laneClass, TrackGrid } from './timeline-grid';
import { trackPosition } from './track-position';

interface TimelineEventBlockProps {
  event: EventSummary;
  row: EventRow | undefined;
  ticks: readonly Tick[];
  span: DaySpan;
  lookups: CorpusLookups;
  /** In-app addresses with the page's ?lang= and ?corpus= (useAppHref), built once per chart. */
  hrefOf: (path: string, hash?: string) => string;
}

/** One event: a bar across its dates, then a lane per party with its claims on it. */
export function TimelineEventBlock(props: TimelineEventBlockProps) {
  const { event, row, ticks, span, lookups, hrefOf } = props;
  const language = useLanguage();
  const nameOf = (id: string) => {
    const actor = lookups.actors.get(id);
    return actor ? localized(actor.name, language) : id;
  };
  const extent = row?.extent;

  return (
    <div data-event={event.id} className="border-b border-stone-100 py-2 last:border-b-0">
      <div className={laneClass}>
        <AppAnchor
          href={hrefOf(paths.event.getHref(event.id))}
          className="text-sm font-semibold text-teal-900 hover:underline sm:truncate"
          title={localized(event.title, language)}
        >
          {localized(event.title, language)}
        </AppAnchor>
        <div className="relative h-6">
          <TrackGrid ticks={ticks} span={span} />
          {extent ? (
            <span
              data-mark="event"
              className={`absolute top-1.5 h-3 min-w-2 bg-teal-900 ${extent.cutBefore ? '' : 'rounded-s'} ${extent.cutAfter ? '' : 'rounded-e'}`}
              style={trackPosition(extent)}
            />
          ) : null}
        </div>
      </div>
      {row === undefined ? (
        <div className={laneClass}>
          <span className="text-xs text-stone-500">…</span>
        </div>
      ) : (
        row.lanes.map((lane) => (
          <div key={lane.party} className={laneClass} data-lane={lane.party}>
            <AppAnchor
              href={hrefOf(paths.actor.getHref(lane.party))}
              className="truncate ps-3 text-xs leading-6 text-stone-700 underline decoration-stone-300 hover:text-teal-900"
              title={nameOf(lane.party)}
            >
              {nameOf(lane.party)}
            </AppAnchor>
            <div className="relative h-6" data-track="">
              <TrackGrid ticks={ticks} span={span} />
              {lane.marks.map((mark) => (
                <ClaimMarkView
                  key={mark.claim.id}
                  mark={mark}
                  partyName={nameOf(lane.party)}
                  hrefOf={hrefOf}
                  afterName={mark.after ? nameOf(mark.after.saidBy) : undefined}
                />
              ))}
            </div>
          </div>
        ))
      )}
    </div>
  );
}
