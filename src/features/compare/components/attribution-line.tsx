import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';

/** "said by X · reported by Y → Z": who spoke, and the chain of outlets that carried it. */
export function AttributionLine({
  claim,
  lookups,
  language,
}: {
  claim: CompiledClaim;
  lookups: CorpusLookups;
  language: LanguageCode;
}) {
  const { t } = useTranslation();
  const nameOf = (actorId: string) => {
    const actor = lookups.actors.get(actorId);
    return actor ? localized(actor.name, language) : actorId;
  };
  const source = lookups.sources.get(claim.source);
  const chain = claim.reportedBy.map(nameOf);
  if (source?.outlet === null) chain.push(t('compare.unnamedOutlet'));

  return (
    <p className="mt-2 text-xs text-stone-600">
      <span>{t('compare.saidBy')} </span>
      <bdi className="font-medium text-stone-800">{nameOf(claim.saidBy)}</bdi>
      {chain.length > 0 ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t('compare.reportedBy')} </span>
          {chain.map((name, position) => (
            <span key={`${name}-${position}`}>
              {position > 0 ? (
                <span aria-hidden="true" className="inline-block rtl:rotate-180">
                  {' → '}
                </span>
              ) : null}
              <bdi>{name}</bdi>
            </span>
          ))}
        </>
      ) : null}
    </p>
  );
}
