import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';

interface MembershipSwitchProps {
  /** Bodies that belong to the party at any depth. */
  memberCount: number;
  withMembers: boolean;
  onChange: (withMembers: boolean) => void;
}

const optionClass =
  'cursor-pointer rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm has-checked:border-teal-800 has-checked:bg-teal-800 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-teal-700';

/**
 * Whose claims the party page gathers: the party with every body that belongs to it (a reader
 * who opens Russia means all of Russia's bodies), or the party alone. The choice is the URL's.
 */
export function MembershipSwitch({ memberCount, withMembers, onChange }: MembershipSwitchProps) {
  const { t } = useTranslation();
  const name = useId();
  const options = [
    {
      value: true,
      label: t('actors.membership.with', {
        bodies: t('actors.membership.bodyCount', { count: memberCount }),
      }),
    },
    { value: false, label: t('actors.membership.alone') },
  ];
  return (
    <fieldset className="mt-5">
      <legend className="text-sm font-semibold text-stone-700">
        {t('actors.membership.legend')}
      </legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={String(option.value)} className={optionClass}>
            <input
              type="radio"
              name={name}
              checked={withMembers === option.value}
              onChange={() => {
                onChange(option.value);
              }}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
