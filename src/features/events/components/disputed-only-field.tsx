import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useShownValue } from '@/lib/use-shown-value';

interface DisputedOnlyFieldProps {
  checked: boolean;
  onChange: (only: boolean) => void;
}

/** "Disputed events only": events with at least one question on which the accounts clash. */
export function DisputedOnlyField({ checked, onChange }: DisputedOnlyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useShownValue(checked);
  return (
    <div>
      <label className="flex cursor-pointer items-start gap-2 font-semibold has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-teal-700">
        <input
          type="checkbox"
          checked={shown}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setShown(event.target.checked);
            onChange(event.target.checked);
          }}
          className="mt-1 size-4 shrink-0 accent-teal-800"
        />
        {t('eventFilters.disputed.label')}
      </label>
      <p id={`${id}-hint`} className="ms-6 text-xs text-stone-700">
        {t('eventFilters.disputed.hint')}
      </p>
    </div>
  );
}
