import { memo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useShownValue } from '@/lib/use-shown-value';

// Written out in full: Tailwind only generates class names it finds verbatim.
const indents = ['', 'ps-4', 'ps-8', 'ps-12'] as const;

interface FacetCheckboxProps {
  optionId: string;
  label: string;
  depth: number;
  count: number;
  checked: boolean;
  onToggle: (optionId: string) => void;
}

/**
 * One option of a filter (a party, a place, a topic) with how many events it would show.
 * Memoised: a corpus has hundreds of parties, and a filter change should re-render only the
 * rows whose count or state changed.
 */
export const FacetCheckbox = memo(function FacetCheckbox({
  optionId,
  label,
  depth,
  count,
  checked,
  onToggle,
}: FacetCheckboxProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useShownValue(checked);
  return (
    <li className={indents[Math.min(depth, indents.length - 1)]}>
      <label className="flex cursor-pointer items-start gap-2 py-0.5 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-teal-700">
        <input
          type="checkbox"
          checked={shown}
          onChange={() => {
            setShown(!shown);
            onToggle(optionId);
          }}
          className="mt-0.5 size-4 shrink-0 accent-teal-800"
        />
        <span className={count === 0 ? 'text-stone-600' : undefined}>
          {t('eventFilters.option', { label, n: count })}
        </span>
      </label>
    </li>
  );
});
