import { useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { formatTypedDay, parseTypedDay } from '@/lib/day-input';
import { formatFuzzyDate } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { focusRingTight } from './focus-ring';

interface DateInputProps {
  label: string;
  value: string | undefined;
  /** A day to show in the format hint ("e.g. 23/01/2020"): one inside the corpus reads best. */
  example: string;
  onChange: (day: string | undefined, options: { replace: boolean }) => void;
}

/**
 * A day field that writes the URL as it changes, one history entry per visit to the field.
 *
 * Typed, not the browser's date control: that one draws "mm/dd/yyyy" in the
 * browser's language inside an Arabic or British page. This field takes
 * day/month/year (or the URL's year-month-day, or Arabic-Indic digits), says
 * the format in the UI's language, and under it the day it read, in words, so
 * 01/06 is never taken for 6 January unseen.
 */
export function DateInput({ label, value, example, onChange }: DateInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const noteId = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : formatTypedDay(value));
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(value);
  const typed = parseTypedDay(draft);
  if (value !== seen) {
    setSeen(value);
    // A new value from elsewhere (a quick range, Back): show it, unless it is what is typed.
    const typedDay = typed.kind === 'day' ? typed.day : undefined;
    if (typedDay !== value) setDraft(value === undefined ? '' : formatTypedDay(value));
  }
  // One history entry per visit to the field, however many dates it passes through.
  const pushed = useRef(false);

  const exampleText = formatTypedDay(example);
  const invalid = typed.kind === 'invalid' && !editing;
  const note =
    typed.kind === 'day'
      ? t('dateField.reads', {
          date: formatFuzzyDate({ value: typed.day, precision: 'day', basis: 'stated' }, language),
        })
      : invalid
        ? t('dateField.invalid', { example: exampleText })
        : t('dateField.format', { example: exampleText });

  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="text"
        data-day-field=""
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        // Digits and slashes stay in reading order while typed, also in an Arabic page.
        dir="ltr"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={noteId}
        onFocus={() => {
          pushed.current = false;
          setEditing(true);
        }}
        onBlur={() => {
          setEditing(false);
          if (typed.kind === 'day') setDraft(formatTypedDay(typed.day));
        }}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          setEditing(true);
          const read = parseTypedDay(next);
          if (read.kind === 'invalid') return;
          const day = read.kind === 'day' ? read.day : undefined;
          if (day === value) return;
          onChange(day, { replace: pushed.current });
          pushed.current = true;
        }}
        className={`mt-1 w-full rounded-md border bg-white px-2 py-1 text-sm tabular-nums rtl:text-end ${invalid ? 'border-red-700' : 'border-stone-500'} ${focusRingTight}`}
      />
      <p
        id={noteId}
        className={`mt-1 text-xs ${invalid ? 'font-medium text-red-800' : 'text-stone-700'}`}
      >
        {note}
      </p>
    </div>
  );
}
