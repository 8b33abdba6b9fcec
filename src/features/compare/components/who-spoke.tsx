import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { paths } from '@/config/paths';
import { useAppHref } from '@/lib/app-links/use-app-href';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { eventSides } from '@/lib/event-sides';
import { sideTone } from '@/lib/side-tones';
import type { PartyLabels } from '../utils/party-labels';

/**
 * Which sides spoke on the event, with how many of their parties, and which
 * sides of the corpus did not: a reader sees whose voices are missing before
 * reading whose are there.
 */
export function WhoSpoke({
  parties,
  lookups,
  labels,
}: {
  parties: readonly string[];
  lookups: CorpusLookups;
  labels: PartyLabels;
}) {
  const { t } = useTranslation();
  // Plain anchors with ready addresses: a router <Link> per party cost the first frame.
  const hrefOf = useAppHref();
  const { spoke, unsided, absent } = eventSides(parties, lookups);
  const sideName = (side: string) => labels.sideLabelOf(side) ?? side;
  return (
    <div data-who-spoke="" className="mb-4 flex flex-wrap items-center gap-x-2 gap-y-1.5 text-sm">
      <h2 className="font-semibold text-stone-800">{t('sides.whoSpoke')}</h2>
      <ul className="flex flex-wrap gap-1.5">
        {spoke.map((group) => (
          <li
            key={group.side}
            data-side={group.side}
            className={`rounded-full border-2 bg-white px-2.5 py-0.5 ${sideTone(group.side, lookups.sideOrder).border}`}
          >
            <bdi>{sideName(group.side)}</bdi> ·{' '}
            <span aria-hidden="true">{group.parties.length}</span>
            <span className="sr-only">
              {t('sides.partyCount', { count: group.parties.length })}
            </span>
          </li>
        ))}
        {/* A party of unknown side is a side of its own: named, never pooled. */}
        {unsided.map((actorId) => (
          <li
            key={actorId}
            data-party={actorId}
            className="rounded-full border-2 border-stone-400 bg-white px-2.5 py-0.5"
          >
            {lookups.actors.has(actorId) ? (
              <AppAnchor
                href={hrefOf(paths.actor.getHref(actorId))}
                className="text-teal-900 underline decoration-teal-700/40 underline-offset-2 hover:text-teal-700"
              >
                <bdi>{labels.nameOf(actorId)}</bdi>
              </AppAnchor>
            ) : (
              <bdi>{labels.nameOf(actorId)}</bdi>
            )}{' '}
            ({t('compare.parties.noSide')})
          </li>
        ))}
      </ul>
      {absent.length > 0 ? (
        <>
          <h2 className="ms-2 font-semibold text-stone-800">{t('sides.absent')}</h2>
          <ul className="flex flex-wrap gap-1.5">
            {absent.map((side) => (
              <li
                key={side}
                data-side={side}
                data-absent=""
                className="rounded-full border-2 border-dashed border-stone-400 px-2.5 py-0.5 text-stone-600"
              >
                <bdi>{sideName(side)}</bdi>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
