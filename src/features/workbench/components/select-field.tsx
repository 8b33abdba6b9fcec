import { LabelledField } from './labelled-field';
import { fieldClass } from './text-field';

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled choice with its hint and its problem, built as TextField builds an input. */
export function SelectField({ label, value, onChange, options, hint, error }: SelectFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <select
          value={value}
          className={fieldClass}
          {...control}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
