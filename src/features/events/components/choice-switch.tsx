import { useId } from 'react';
import { useShownValue } from '@/lib/use-shown-value';

interface ChoiceSwitchProps<T extends string> {
  legend: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A choice between a few ways of reading a filter ("With their members" / "These parties
 * only"), as radio buttons: one Tab stop, arrow keys move between them, and a screen reader
 * names the group and the choice.
 */
export function ChoiceSwitch<T extends string>({
  legend,
  choices,
  value,
  onChange,
  className,
}: ChoiceSwitchProps<T>) {
  const name = useId();
  const [shown, setShown] = useShownValue(value);
  return (
    <fieldset className={className}>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex min-h-8 cursor-pointer items-center gap-1.5 rounded-md border border-stone-300 px-2 py-1 text-sm has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-teal-700"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === shown}
              onChange={() => {
                setShown(choice.value);
                onChange(choice.value);
              }}
              className="size-4 shrink-0 accent-teal-800"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
