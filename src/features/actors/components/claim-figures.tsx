import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { Figure, Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { formatNumber } from '@/lib/format-date';
import { localized } from '@/lib/localized';

interface ClaimFiguresProps {
  figures: readonly Figure[];
  scopes: readonly Scope[];
  lookups: CorpusLookups;
  language: LanguageCode;
}

/** Figures as the party gave them: the qualifier kept ("up to 40"), a vague word never a number. */
export function ClaimFigures({ figures, scopes, lookups, language }: ClaimFiguresProps) {
  const { t } = useTranslation();
  if (figures.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-xs font-semibold text-stone-700">{t('actors.figures')}</p>
      <ul className="space-y-0.5 text-sm">
        {figures.map((figure, position) => {
          const metric = lookups.metrics.get(figure.metric);
          const scope = scopes.find((candidate) => candidate.id === figure.scope);
          const amount =
            figure.value !== undefined
              ? t(`qualifier.${figure.qualifier ?? 'exact'}`, {
                  value: formatNumber(figure.value, language),
                })
              : figure.vague
                ? t(`vague.${figure.vague.meaning}`)
                : '';
          return (
            <li key={`${figure.metric}-${figure.scope}-${position}`}>
              <bdi className="font-semibold">{amount}</bdi>{' '}
              <bdi>{metric ? localized(metric.label, language) : figure.metric}</bdi>
              {scope ? (
                <span className="text-stone-600">
                  {' · '}
                  <bdi>{localized(scope.label, language)}</bdi>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
