import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import { formatFuzzyDate } from '@/lib/format-date';
import type { YearPreset } from '@/lib/event-filters/date-presets';
import type { ListSearchChange } from '@/lib/event-filters/list-search';
import { DateInput } from '@/components/ui/date-input';

interface DateFilterProps {
  from: string | undefined;
  to: string | undefined;
  presets: readonly YearPreset[];
  bounds: { min: string; max: string } | undefined;
  language: LanguageCode;
  onChange: ListSearchChange;
}

const chipClass =
  'rounded-md border border-stone-500 px-2 py-0.5 text-sm hover:bg-stone-100 aria-pressed:border-teal-800 aria-pressed:bg-teal-800 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

export function DateFilter({ from, to, presets, bounds, language, onChange }: DateFilterProps) {
  const { t } = useTranslation();
  const isRange = (start?: string, end?: string) => from === start && to === end;
  const choose = (start?: string, end?: string) => {
    onChange({ from: start, to: end }, { replace: false });
  };

  return (
    <fieldset>
      <legend className="font-semibold">{t('eventFilters.dates.legend')}</legend>
      <p className="text-xs text-stone-700">{t('eventFilters.dates.hint')}</p>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <DateInput
          label={t('eventFilters.dates.from')}
          value={from}
          min={bounds?.min}
          max={to ?? bounds?.max}
          onChange={(day, options) => {
            onChange({ from: day }, options);
          }}
        />
        <DateInput
          label={t('eventFilters.dates.to')}
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
          {t('eventFilters.dates.presets')}
        </legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          <button
            type="button"
            aria-pressed={isRange(undefined, undefined)}
            onClick={() => {
              choose(undefined, undefined);
            }}
            className={chipClass}
          >
            {t('eventFilters.dates.allDates')}
          </button>
          {presets.map((year) => (
            <div key={year.year} className="flex flex-wrap gap-1.5">
              <button
                type="button"
                aria-pressed={isRange(year.from, year.to)}
                onClick={() => {
                  choose(year.from, year.to);
                }}
                className={chipClass}
              >
                {formatFuzzyDate(
                  { value: year.year, precision: 'year', basis: 'stated' },
                  language,
                )}
              </button>
              {year.months.map((month) => (
                <button
                  key={month.month}
                  type="button"
                  aria-pressed={isRange(month.from, month.to)}
                  onClick={() => {
                    choose(month.from, month.to);
                  }}
                  className={chipClass}
                >
                  {formatFuzzyDate(
                    { value: month.month, precision: 'month', basis: 'stated' },
                    language,
                  )}
                </button>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
