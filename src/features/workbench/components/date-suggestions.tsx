import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { FuzzyDate } from '@/corpus/primitives';
import { Button } from '@/components/ui/button';
import { monthName } from '@/lib/date-locale';
import { formatFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { useTranslation } from '@/lib/use-translation';
import { weekdayOf } from '../utils/day-arithmetic';
import type { DateConflict, RelativeDateReading } from '../utils/relative-date';

const quoteLanguage = (words: string) =>
  /[\u0600-\u06ff]/.test(words) ? { lang: 'ar', dir: 'rtl' as const } : {};

const weekdayKeys = [
  'workbench.suggestions.weekday.0',
  'workbench.suggestions.weekday.1',
  'workbench.suggestions.weekday.2',
  'workbench.suggestions.weekday.3',
  'workbench.suggestions.weekday.4',
  'workbench.suggestions.weekday.5',
  'workbench.suggestions.weekday.6',
] as const;

/** "Friday 2 Aug 2019", in the language on screen. */
function dayWithWeekday(t: TFunction, value: string, language: LanguageCode): string {
  const date = formatFuzzyDate({ value, precision: 'day', basis: 'computed', note: '-' }, language);
  return `${t(weekdayKeys[weekdayOf(value)])} ${date}`;
}

/** The quote's words isolated (FSI…PDI), so Arabic inside an English sentence keeps its quotes in place. */
const isolate = (words: string) => `\u2068${words}\u2069`;

function conflictText(t: TFunction, conflict: DateConflict, language: LanguageCode): string {
  const words = isolate(conflict.words);
  switch (conflict.reason) {
    case 'weekday-disagrees':
      return t('workbench.suggestions.weekdayDisagrees', {
        words,
        computed: dayWithWeekday(t, conflict.computed, language),
        said: t(weekdayKeys[conflict.said]),
      });
    case 'publication-not-precise':
      return conflict.needs === 'month'
        ? t('workbench.suggestions.publicationNotPrecise_month', { words })
        : t('workbench.suggestions.publicationNotPrecise_day', { words });
    case 'stated-day-disagrees': {
      const [month = '1', day = '1'] = conflict.stated.split('-');
      return t('workbench.suggestions.statedDayDisagrees', {
        words,
        stated: `${String(Number(day))} ${monthName(language, Number(month))}`,
        computed: dayWithWeekday(t, conflict.computed, language),
      });
    }
    case 'week-spans-months':
      return t('workbench.suggestions.weekSpansMonths', {
        words,
        from: dayWithWeekday(t, conflict.from, language),
        to: dayWithWeekday(t, conflict.to, language),
      });
  }
}

/**
 * The dates a claim's words give for when they were said («أمس الجمعة»), each a button that
 * fills the claim's date with it and its note; and the phrases that gave none, with why.
 */
export function DateSuggestions({
  reading,
  onChoose,
}: {
  reading: RelativeDateReading;
  onChoose: (date: FuzzyDate) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { suggestions, conflicts } = reading;
  return (
    <section className="rounded-md border border-stone-300 p-3">
      <h3 className="font-medium">{t('workbench.suggestions.dates')}</h3>
      {suggestions.length === 0 && conflicts.length === 0 ? (
        <p className="text-sm text-stone-600">{t('workbench.suggestions.noDates')}</p>
      ) : (
        <p className="text-sm text-stone-600">{t('workbench.suggestions.datesHint')}</p>
      )}
      {suggestions.length > 0 && (
        <ul className="mt-2 grid gap-2">
          {suggestions.map(({ date, words }) => (
            <li key={`${date.value} ${words}`} className="flex flex-wrap items-center gap-2">
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => {
                  onChoose(date);
                }}
              >
                {t('workbench.suggestions.useDate', {
                  date:
                    date.precision === 'day'
                      ? dayWithWeekday(t, date.value, language)
                      : formatFuzzyDate(date, language),
                })}
              </Button>
              <span className="text-sm text-stone-600">
                {t('workbench.suggestions.from')} <bdi {...quoteLanguage(words)}>{words}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <ul className="mt-2 grid list-disc gap-1 ps-5 text-sm text-stone-700">
          {conflicts.map((conflict) => (
            <li key={`${conflict.reason} ${conflict.words}`}>
              {conflictText(t, conflict, language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
