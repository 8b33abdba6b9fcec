import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { focusRingTight } from '@/components/ui/focus-ring';

export interface FacetOption {
  id: string;
  label: string;
}

interface FacetSelectProps {
  label: string;
  allLabel: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}

/** One choice among a corpus's places or topics, each with how many events it would show. */
export function FacetSelect({
  label,
  allLabel,
  options,
  counts,
  value,
  onChange,
}: FacetSelectProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          onChange(event.target.value === '' ? undefined : event.target.value);
        }}
        className={`mt-1 w-full rounded-md border border-stone-500 bg-white px-2 py-1.5 ${focusRingTight}`}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <FacetChoice
            key={option.id}
            id={option.id}
            label={option.label}
            count={counts.get(option.id) ?? 0}
          />
        ))}
      </select>
    </div>
  );
}

/** One option; memoised, so a filter change re-renders only the options whose count changed. */
const FacetChoice = memo(function FacetChoice({
  id,
  label,
  count,
}: {
  id: string;
  label: string;
  count: number;
}) {
  const { t } = useTranslation();
  return <option value={id}>{t('eventFilters.option', { label, n: count })}</option>;
});
