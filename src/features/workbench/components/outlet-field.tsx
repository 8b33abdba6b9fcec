import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { DraftParty } from '../utils/draft-registry';
import { fieldClass } from './text-field';

/** The outlet that published a source: one of the draft's parties, or none named. */
export function OutletField(props: {
  parties: readonly DraftParty[];
  value: string;
  label: string;
  noneLabel: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const { i18n } = useTranslation();
  const language = i18n.language === 'ar' ? 'ar' : 'en';
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        className={fieldClass}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{props.noneLabel}</option>
        {props.parties.map((party) => (
          <option key={party.id} value={party.id}>
            {party.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
