import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import type { YearPreset } from '@/lib/event-filters/date-presets';
import type { ListSearchChange } from '@/lib/event-filters/list-search';
import { formatFuzzyDate } from '@/lib/format-date';
import { DateInput } from '@/components/ui/date-input';

interface RangeControlsProps {
  from: string | undefined;
  to: string | undefined;
  presets: readonly YearPreset[];
  bounds: { min: string; max: string } | undefined;
  language: LanguageCode;
  onChange: ListSearchChange;
}

const chipClass =
  'rounded-md border border-stone-500 px-2 py-0.5 text-sm hover:bg-stone-100 aria-pressed:border-teal-800 aria-pressed:bg-teal-800 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** The visible range is the list's from/to filter: two days and the corpus's own quick ranges. */
export function RangeControls({
  from,
  to,
  presets,
  bounds,
  language,
  onChange,
}: RangeControlsProps) {
  const { t } = useTranslation();
  const isRange = (start?: string, end?: string) => from === start && to === end;
  const choose = (start?: string, end?: string) => {
    onChange({ from: start, to: end }, { replace: false });
  };
  const chip = (key: string, label: string, start?: string, end?: string) => (
    <button
      key={key}
      type="button"
      aria-pressed={isRange(start, end)}
      onClick={() => {
        choose(start, end);
      }}
      className={chipClass}
    >
      {label}
    </button>
  );

  return (
    <fieldset className="rounded-lg border border-stone-200 bg-white p-3">
      <legend className="px-1 font-semibold">{t('timeline.range.legend')}</legend>
      <p className="text-xs text-stone-700">{t('timeline.range.hint')}</p>
      <div className="mt-2 grid max-w-md grid-cols-2 gap-2">
        <DateInput
          label={t('timeline.range.from')}
          value={from}
          min={bounds?.min}
          max={to ?? bounds?.max}
          onChange={(day, options) => {
            onChange({ from: day }, options);
          }}
        />
        <DateInput
          label={t('timeline.range.to')}
          value={to}
          min={from ?? bounds?.min}
          max={bounds?.max}
          onChange={(day, options) => {
            onChange({ to: day }, options);
          }}
        />
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-stone-800">
          {t('timeline.range.presets')}
        </legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {chip('all', t('timeline.range.all'))}
          {presets.map((year) => (
            <div key={year.year} className="flex flex-wrap gap-1.5">
              {chip(
                year.year,
                formatFuzzyDate({ value: year.year, precision: 'year', basis: 'stated' }, language),
                year.from,
                year.to,
              )}
              {year.months.map((month) =>
                chip(
                  month.month,
                  formatFuzzyDate(
                    { value: month.month, precision: 'month', basis: 'stated' },
                    language,
                  ),
                  month.from,
                  month.to,
                ),
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
