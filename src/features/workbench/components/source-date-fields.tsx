import { useTranslation } from '@/lib/use-translation';
import type { DateBasis, DatePrecision } from '@/corpus/primitives';
import { fieldClass, TextField } from './text-field';
import { useId } from 'react';
import type { FormDate } from '../utils/form-date';

const precisions: DatePrecision[] = ['day', 'month', 'year'];
const bases: DateBasis[] = ['stated', 'computed', 'external', 'inferred'];

/** A publication date as the corpus records it: the value, how precise, on what basis, and how. */
export function SourceDateFields({
  legend,
  value,
  error,
  onChange,
}: {
  /** What the date is of; a source's publication date unless said. */
  legend?: string;
  value: FormDate;
  error: string | undefined;
  onChange: (value: FormDate) => void;
}) {
  const { t } = useTranslation();
  const ids = { precision: useId(), basis: useId() };
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-300 p-3 sm:grid-cols-3">
      <legend className="px-1 font-medium">{legend ?? t('workbench.source.published')}</legend>
      <TextField
        label={legend ?? t('workbench.source.published')}
        hint={t('workbench.source.publishedHint')}
        error={error}
        dir="ltr"
        value={value.value}
        onChange={(event) => {
          onChange({ ...value, value: event.target.value });
        }}
      />
      <div>
        <label htmlFor={ids.precision} className="font-medium">
          {t('workbench.source.precision')}
        </label>
        <select
          id={ids.precision}
          className={fieldClass}
          value={value.precision}
          onChange={(event) => {
            onChange({ ...value, precision: event.target.value as DatePrecision });
          }}
        >
          {precisions.map((precision) => (
            <option key={precision} value={precision}>
              {t(`workbench.source.precisions.${precision}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.basis} className="font-medium">
          {t('workbench.source.basis')}
        </label>
        <select
          id={ids.basis}
          className={fieldClass}
          value={value.basis}
          onChange={(event) => {
            onChange({ ...value, basis: event.target.value as DateBasis });
          }}
        >
          {bases.map((basis) => (
            <option key={basis} value={basis}>
              {t(`workbench.source.bases.${basis}`)}
            </option>
          ))}
        </select>
      </div>
      {value.basis === 'stated' ? null : (
        <div className="sm:col-span-3">
          <TextField
            label={t('workbench.source.note')}
            value={value.note}
            onChange={(event) => {
              onChange({ ...value, note: event.target.value });
            }}
          />
        </div>
      )}
    </fieldset>
  );
}
