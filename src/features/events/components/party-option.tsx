import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface PartyOptionProps {
  actorId: string;
  label: string;
  /** Events that choosing this party would show. */
  count: number;
  checked: boolean;
  onToggle: (actorId: string) => void;
}

/**
 * One party's checkbox. Memoised: a corpus has hundreds of parties, and a
 * filter change should re-render only those whose count or state changed.
 */
export const PartyOption = memo(function PartyOption({
  actorId,
  label,
  count,
  checked,
  onToggle,
}: PartyOptionProps) {
  const { t } = useTranslation();
  return (
    <li>
      <label className="flex cursor-pointer items-start gap-2 text-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-teal-700">
        <input
          type="checkbox"
          checked={checked}
          onChange={() => {
            onToggle(actorId);
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
