import type { ComponentProps } from 'react';
import { LabelledField } from './labelled-field';

export const fieldClass =
  'mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 aria-invalid:border-red-700';

interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id' | 'className'> {
  label: string;
  hint?: string | undefined;
  /** Said at the field, tied to it for screen readers; marks it invalid. */
  error?: string | undefined;
}

/** A labelled input with its hint and its problem, the way every workbench field is built. */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => <input className={fieldClass} {...control} {...input} />}
    </LabelledField>
  );
}
