import type { YearPreset } from '@/lib/event-filters/date-presets';
import { formatFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { DateInput } from './ui/date-input';
import { focusRing } from './ui/focus-ring';

export interface DateRangeLabels {
  legend: string;
  hint: string;
  from: string;
  to: string;
  presets: string;
  all: string;
}

interface DateRangeFieldsProps {
  from: string | undefined;
  to: string | undefined;
  presets: readonly YearPreset[];
  bounds: { min: string; max: string } | undefined;
  labels: DateRangeLabels;
  onChange: (range: { from?: string; to?: string }, options: { replace: boolean }) => void;
  /** The outer fieldset's look, which differs between the list's panel and the timeline. */
  className?: string;
}

// A toggle chip, not a Button: its border matches the date fields beside it.
const chipClass = `rounded-md border border-stone-500 px-2 py-0.5 text-sm hover:bg-stone-100 aria-pressed:border-teal-800 aria-pressed:bg-teal-800 aria-pressed:text-white ${focusRing}`;

/**
 * Two days, both included, and the corpus's own quick ranges (each year and the
 * months events fall in): the list's date filter and the timeline's visible range.
 */
export function DateRangeFields({
  from,
  to,
  presets,
  bounds,
  labels,
  onChange,
  className,
}: DateRangeFieldsProps) {
  const language = useLanguage();
  // The format's example is a day of this corpus (its last), or a day past the 12th elsewhere.
  const example = bounds?.max ?? '2020-01-23';
  const chip = (key: string, label: string, start?: string, end?: string) => (
    <button
      key={key}
      type="button"
      aria-pressed={from === start && to === end}
      onClick={() => {
        onChange({ from: start, to: end }, { replace: false });
      }}
      className={chipClass}
    >
      {label}
    </button>
  );

  return (
    <fieldset className={className}>
      <legend className="px-1 font-semibold">{labels.legend}</legend>
      <p className="text-xs text-stone-700">{labels.hint}</p>
      <div className="mt-2 grid max-w-md grid-cols-2 gap-2">
        <DateInput
          label={labels.from}
          value={from}
          example={example}
          onChange={(day, options) => {
            onChange({ from: day }, options);
          }}
        />
        <DateInput
          label={labels.to}
          value={to}
          example={example}
          onChange={(day, options) => {
            onChange({ to: day }, options);
          }}
        />
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-stone-800">{labels.presets}</legend>
        <div className="mt-1 flex flex-wrap gap-1.5">
          {chip('all', labels.all)}
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
