import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import type { LocalizedText } from '@/corpus/primitives';
import { corpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';

/**
 * "(unit: people)" after a metric's name: what one of its figures counts.
 * Beside the name rather than the number, so no language has to make a noun
 * agree with a figure ("40 people", "40 شخصًا").
 */
export function MetricUnit({ unit }: { unit: LocalizedText | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!unit) return null;
  return <MetricUnitText text={t('figureUnit', { unit: localized(unit, language) })} />;
}

/**
 * The same words, already translated: for a claim card, one of hundreds in a
 * comparison, which takes them from its view's shared texts (claim-texts.ts)
 * instead of asking i18next per figure.
 */
export function MetricUnitText({ text }: { text: string | undefined }) {
  if (text === undefined) return null;
  return (
    <span className="font-normal text-stone-600">
      {' '}
      (<bdi>{text}</bdi>)
    </span>
  );
}

/** The unit of a metric of the active corpus, for views handed only the metric's label. */
export function useMetricUnit(metricId: string): LocalizedText | undefined {
  const index = useCorpusIndex();
  return index.data ? corpusLookups(index.data).metrics.get(metricId)?.unit : undefined;
}
