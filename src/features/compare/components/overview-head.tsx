import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { sideTone } from '@/lib/side-tones';
import type { PartyLabels } from '../utils/party-labels';
import { sideRuns } from '../utils/side-runs';

const headClass = 'border-b border-stone-300 px-1 py-1 align-bottom';

/**
 * Two header rows: each side's name over its parties with the side's colour
 * as a bar (the colour never stands alone), then the parties, each a link to
 * its party page.
 */
export function OverviewHead({
  parties,
  labels,
  sideOrder,
}: {
  parties: readonly string[];
  labels: PartyLabels;
  sideOrder: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  // Plain anchors with ready addresses: a router <Link> per party cost the first frame.
  const hrefOf = useAppHref();
  const runs = sideRuns(parties, labels.sideOf);
  return (
    <thead>
      <tr>
        <th
          scope="col"
          rowSpan={2}
          className={`${headClass} w-[26%] min-w-40 text-start text-sm font-semibold`}
        >
          {t('overview.question')}
        </th>
        {runs.map((run, position) => (
          <th
            key={`${run.side ?? ''}-${String(position)}`}
            scope="colgroup"
            colSpan={run.parties.length}
            data-side={run.side}
            className="px-1 pt-1 text-center align-bottom text-xs font-semibold text-stone-700"
          >
            <bdi className="block leading-tight">
              {labels.sideLabelOf(run.side) ?? t('compare.parties.noSide')}
            </bdi>
            <span
              aria-hidden="true"
              className={`mt-1 block h-1 rounded-full print:[print-color-adjust:exact] ${sideTone(run.side, sideOrder).bar}`}
            />
          </th>
        ))}
        <th
          scope="col"
          rowSpan={2}
          className={`${headClass} w-36 text-center text-sm font-semibold`}
        >
          {t('overview.state')}
        </th>
      </tr>
      <tr>
        {parties.map((actorId) => (
          <th
            key={actorId}
            scope="col"
            data-party={actorId}
            className={`${headClass} text-center text-xs leading-tight font-semibold hyphens-auto`}
          >
            <AppAnchor
              href={hrefOf(paths.actor.getHref(actorId))}
              className="text-teal-900 underline decoration-teal-700/40 underline-offset-2 hover:text-teal-700"
            >
              <bdi>{labels.nameOf(actorId)}</bdi>
            </AppAnchor>
          </th>
        ))}
      </tr>
    </thead>
  );
}
