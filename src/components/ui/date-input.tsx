import { useId, useRef, useState } from 'react';
import { focusRingTight } from './focus-ring';

interface DateInputProps {
  label: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  onChange: (day: string | undefined, options: { replace: boolean }) => void;
}

// A native date field reports every complete date while the year is typed
// ("0002-…", "0020-…"); those are not choices yet.
const plausibleDay = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/** A day field that writes the URL as it changes, one history entry per visit to the field. */
export function DateInput({ label, value, min, max, onChange }: DateInputProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value ?? '');
  }
  // One history entry per visit to the field, however many dates it passes through.
  const pushed = useRef(false);

  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={draft}
        min={min}
        max={max}
        onFocus={() => {
          pushed.current = false;
        }}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next !== '' && !plausibleDay.test(next)) return;
          onChange(next === '' ? undefined : next, { replace: pushed.current });
          pushed.current = true;
        }}
        className={`mt-1 w-full rounded-md border border-stone-500 bg-white px-2 py-1 text-sm ${focusRingTight}`}
      />
    </div>
  );
}
