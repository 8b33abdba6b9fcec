import { useTranslation } from 'react-i18next';
import type { PartyLabels } from '../utils/party-labels';
import { sideRuns } from '../utils/side-runs';

const cellClass = 'border-b border-stone-300 bg-stone-100 p-2 text-start align-bottom';

/**
 * Two header rows: each side's label over its group of columns, then the
 * parties. The whole head sticks to the top of the scrolling region.
 */
export function GridHeader({
  parties,
  labels,
}: {
  parties: readonly string[];
  labels: PartyLabels;
}) {
  const { t } = useTranslation();
  const runs = sideRuns(parties, labels.sideOf);
  return (
    <thead className="max-md:sr-only md:sticky md:top-0 md:z-20">
      <tr>
        <th
          scope="col"
          rowSpan={2}
          className={`${cellClass} w-56 min-w-56 text-sm font-semibold md:sticky md:start-0 md:z-10`}
        >
          {t('compare.question')}
        </th>
        {runs.map((run, position) => (
          <th
            key={`${run.side ?? ''}-${position}`}
            scope="colgroup"
            colSpan={run.parties.length}
            data-side={run.side}
            className="border-x-4 border-b border-stone-100 border-b-stone-300 bg-stone-200 px-2 py-1 text-start text-xs font-semibold text-stone-800"
          >
            <bdi>{labels.sideLabelOf(run.side) ?? t('compare.parties.noSide')}</bdi>
          </th>
        ))}
      </tr>
      <tr>
        {parties.map((actorId) => (
          <th key={actorId} scope="col" data-party={actorId} className={`${cellClass} min-w-64`}>
            <bdi className="block text-sm font-semibold text-stone-900">
              {labels.nameOf(actorId)}
            </bdi>
            <bdi className="block text-xs font-normal text-stone-600">
              {labels.contextOf(actorId)}
            </bdi>
          </th>
        ))}
      </tr>
    </thead>
  );
}
