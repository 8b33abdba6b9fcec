import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQueryLength } from '@/lib/event-filters/list-search';
import { focusRingTight } from '@/components/ui/focus-ring';

interface SearchFieldProps {
  /** The query as the URL holds it (trimmed). */
  value: string;
  onChange: (query: string, options: { replace: boolean }) => void;
}

export function SearchField({ value, onChange }: SearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // The box keeps what the reader typed (a trailing space included) while the
  // URL keeps the trimmed query; it only follows the URL when that changes
  // from elsewhere (back, forward, "clear").
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (draft.trim() !== value) setDraft(value);
  }
  // The first keystroke of a visit adds a history entry, later ones replace
  // it: Back returns to the list as it was before the search, not letter by letter.
  const pushed = useRef(false);

  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {t('eventFilters.search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={maxQueryLength}
        aria-describedby={`${id}-hint`}
        onFocus={() => {
          pushed.current = false;
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(event.target.value, { replace: pushed.current });
          pushed.current = true;
        }}
        className={`mt-1 w-full rounded-md border border-stone-500 bg-white px-2.5 py-1.5 ${focusRingTight}`}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-stone-700">
        {t('eventFilters.search.hint')}
      </p>
    </div>
  );
}
