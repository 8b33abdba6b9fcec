import type { ClaimFormState } from '../utils/claim-form-state';
import type { ClaimFieldsProps } from './claim-party-fields';
import { TextField } from './text-field';

/** The claim form's fields that hold free text (names, titles, labels), not a choice. */
type ClaimTextKey = {
  [K in keyof ClaimFormState]: string extends ClaimFormState[K] ? K : never;
}[keyof ClaimFormState];

/** One of the claim form's text fields in a given language, with its hint and its problem. */
function ClaimTextField({
  field,
  label,
  lang,
  hint,
  maxLength,
  form,
  set,
  problem,
}: Omit<ClaimFieldsProps, 'catalog'> & {
  field: ClaimTextKey;
  label: string;
  lang: 'ar' | 'en';
  hint?: string | undefined;
  maxLength?: number | undefined;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      lang={lang}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      error={problem(field)}
      maxLength={maxLength}
      value={form[field]}
      onChange={(change) => {
        set(field)(change.target.value);
      }}
    />
  );
}

/** `text(field, label, lang, hint?)`: the claim form's text fields, bound to the form once. */
export function claimTextFields(props: Omit<ClaimFieldsProps, 'catalog'>) {
  return function text(
    field: ClaimTextKey,
    label: string,
    lang: 'ar' | 'en',
    hint?: string,
    maxLength?: number,
  ) {
    return (
      <ClaimTextField
        {...props}
        field={field}
        label={label}
        lang={lang}
        hint={hint}
        maxLength={maxLength}
      />
    );
  };
}
