import { useTranslation } from '@/lib/use-translation';
import type { LanguageCode } from '@/config/languages';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import type { PartySideWords } from '@/lib/party-side';
import type { PartyCounts, PartyRollup, SideGroup } from '../utils/party-directory';
import { PartyEntry } from './party-entry';

interface PartySideSectionProps {
  group: SideGroup;
  counts: ReadonlyMap<string, PartyCounts>;
  rollups: ReadonlyMap<string, PartyRollup>;
  lookups: CorpusLookups;
  language: LanguageCode;
  sideWords: PartySideWords;
  hrefOf: (path: string) => string;
}

/** One side of the index: its name, then its parties kind by kind. */
export function PartySideSection({
  group,
  counts,
  rollups,
  lookups,
  language,
  sideWords,
  hrefOf,
}: PartySideSectionProps) {
  const { t } = useTranslation();
  const headingId = `side-${group.side?.id ?? 'none'}`;
  const total = group.kinds.reduce((sum, kind) => sum + kind.parties.length, 0);
  return (
    <section aria-labelledby={headingId} className="border-t border-stone-300 pt-4">
      <h2 id={headingId} className="text-xl font-bold">
        <bdi>{group.side ? localized(group.side.label, language) : t('actors.index.noSide')}</bdi>{' '}
        <span className="text-base font-normal text-stone-700">
          ({t('actors.index.partyCount', { count: total })})
        </span>
      </h2>
      {group.side?.description ? (
        <p className="mt-1 max-w-3xl text-sm text-stone-700">
          {localized(group.side.description, language)}
        </p>
      ) : null}
      {group.kinds.map(({ kind, parties }) => (
        <div key={kind} className="mt-4">
          <h3 className="font-semibold text-stone-800">{t(`actors.index.kinds.${kind}`)}</h3>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {parties.map((actor) => (
              <PartyEntry
                key={actor.id}
                actor={actor}
                side={group.side}
                parent={actor.memberOf ? lookups.actors.get(actor.memberOf) : undefined}
                counts={counts.get(actor.id) ?? { events: 0 }}
                rollup={rollups.get(actor.id)}
                language={language}
                sideWords={sideWords}
                hrefOf={hrefOf}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
