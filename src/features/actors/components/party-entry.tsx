import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { directionOf, type LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import type { Actor, Side } from '@/corpus/schema';
import { localized } from '@/lib/localized';
import { isOutlet, partySideText, type PartySideWords } from '@/lib/party-side';
import type { PartyCounts, PartyRollup } from '../utils/party-directory';

interface PartyEntryProps {
  actor: Actor;
  side: Side | undefined;
  /** The body it belongs to, if the corpus knows it. */
  parent: Actor | undefined;
  counts: PartyCounts;
  /** Its events with the bodies that belong to it, when any do. */
  rollup: PartyRollup | undefined;
  language: LanguageCode;
  sideWords: PartySideWords;
  hrefOf: (path: string) => string;
}

const linkClass = 'text-teal-800 underline hover:text-teal-950';

/** One party in the index: its names, what it belongs to, and its weight in the corpus. */
export function PartyEntry({
  actor,
  side,
  parent,
  counts,
  rollup,
  language,
  sideWords,
  hrefOf,
}: PartyEntryProps) {
  const { t } = useTranslation();
  const otherLanguage = language === 'ar' ? 'en' : 'ar';
  const figures = [
    ...(counts.claims !== undefined ? [t('actors.claimCount', { count: counts.claims })] : []),
    t('actors.index.eventCount', { count: counts.events }),
    ...(counts.contestedQuestions !== undefined
      ? [t('actors.index.contested', { count: counts.contestedQuestions })]
      : []),
  ];
  return (
    <li data-party={actor.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
      <p className="font-semibold">
        <AppAnchor href={hrefOf(paths.actor.getHref(actor.id))} className={linkClass}>
          <bdi>{localized(actor.name, language)}</bdi>
        </AppAnchor>
      </p>
      <p className="text-sm text-stone-700">
        <span lang={otherLanguage} dir={directionOf(otherLanguage)}>
          {actor.name[otherLanguage]}
        </span>
      </p>
      {isOutlet(actor) ? (
        <p className="text-sm text-stone-700">
          <bdi>{partySideText(actor, side, sideWords)}</bdi>
        </p>
      ) : null}
      {parent ? (
        <p className="text-sm text-stone-700">
          {t('actors.index.partOf')}:{' '}
          <AppAnchor href={hrefOf(paths.actor.getHref(parent.id))} className={linkClass}>
            <bdi>{localized(parent.name, language)}</bdi>
          </AppAnchor>
        </p>
      ) : null}
      <p data-counts="" className="mt-1 text-sm text-stone-800">
        {figures.join(' · ')}
      </p>
      {rollup ? (
        <p data-rollup="" className="text-sm text-stone-700">
          {t('actors.index.withMembers', {
            bodies: t('actors.membership.bodyCount', { count: rollup.members }),
            events: t('actors.index.eventCount', { count: rollup.events }),
          })}
        </p>
      ) : null}
    </li>
  );
}
