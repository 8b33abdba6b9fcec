import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { Figure, Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { formatNumber } from '@/lib/format-date';
import { localized } from '@/lib/localized';

interface FigureListProps {
  figures: readonly Figure[];
  scopes: ReadonlyMap<string, Scope>;
  lookups: CorpusLookups;
  language: LanguageCode;
}

/** Figures as the party gave them: qualifier kept ("up to 40"), vague words never made exact. */
export function FigureList({ figures, scopes, lookups, language }: FigureListProps) {
  const { t } = useTranslation();
  if (figures.length === 0) return null;
  return (
    <dl className="mt-2 space-y-1 text-sm">
      {figures.map((figure, position) => {
        const metric = lookups.metrics.get(figure.metric);
        const scope = scopes.get(figure.scope);
        const amount =
          figure.value !== undefined
            ? t(`qualifier.${figure.qualifier ?? 'exact'}`, {
                value: formatNumber(figure.value, language),
              })
            : figure.vague
              ? t(`vague.${figure.vague.meaning}`)
              : '';
        return (
          <div
            key={`${figure.metric}-${figure.scope}-${position}`}
            className="flex flex-wrap gap-x-2"
          >
            <dt className="font-semibold text-stone-900">
              <bdi>{amount}</bdi>
            </dt>
            <dd className="text-stone-700">
              <bdi>{metric ? localized(metric.label, language) : figure.metric}</bdi>
              {scope ? (
                <span className="text-stone-600">
                  {' · '}
                  <bdi>{localized(scope.label, language)}</bdi>
                </span>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
