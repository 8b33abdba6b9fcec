import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
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
        className="mt-1 w-full rounded-md border border-stone-500 bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700"
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {t('eventFilters.option', { label: option.label, n: counts.get(option.id) ?? 0 })}
          </option>
        ))}
      </select>
    </div>
  );
}
