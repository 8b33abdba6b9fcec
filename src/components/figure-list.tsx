import type { LanguageCode } from '@/config/languages';
import type { LocalizedText } from '@/corpus/primitives';
import type { Figure, Scope } from '@/corpus/schema';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { MetricUnitText } from './metric-unit';

interface FigureListProps {
  figures: readonly Figure[];
  scopes: ReadonlyMap<string, Scope>;
  lookups: CorpusLookups;
}

/**
 * Figures as the party gave them: qualifier kept ("up to 40"), vague words
 * never made exact. The amounts and units are worded by the caller, for views
 * that show hundreds of claims and word each once rather than per render; the
 * language comes with the words, so no row subscribes to i18next itself.
 */
export function FigureRows({
  figures,
  scopes,
  lookups,
  language,
  amountOf,
  unitOf,
}: FigureListProps & {
  language: LanguageCode;
  amountOf: (figure: Figure) => string;
  /** "unit: people", in the reader's language. */
  unitOf: (unit: LocalizedText) => string;
}) {
  if (figures.length === 0) return null;
  return (
    <dl className="mt-2 space-y-1 text-sm">
      {figures.map((figure, position) => {
        const metric = lookups.metrics.get(figure.metric);
        const scope = scopes.get(figure.scope);
        return (
          <div
            key={`${figure.metric}-${figure.scope}-${position}`}
            className="flex flex-wrap gap-x-2"
          >
            <dt className="font-semibold text-stone-900">
              <bdi>{amountOf(figure)}</bdi>
            </dt>
            <dd className="text-stone-700">
              <bdi>{metric ? localized(metric.label, language) : figure.metric}</bdi>
              <MetricUnitText text={metric?.unit && unitOf(metric.unit)} />
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
