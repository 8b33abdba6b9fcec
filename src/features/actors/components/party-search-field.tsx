import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusRingTight } from '@/components/ui/focus-ring';
import { maxQueryLength } from '@/lib/event-filters/list-search';

interface PartySearchFieldProps {
  /** The query as the URL holds it (trimmed). */
  value: string;
  onChange: (query: string, options: { replace: boolean }) => void;
}

/** The parties index's search box; the URL keeps the query, so a search can be shared. */
export function PartySearchField({ value, onChange }: PartySearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // The box keeps what the reader typed (a trailing space included) and follows the URL only
  // when that changes from elsewhere (Back, "Clear the search").
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (draft.trim() !== value) setDraft(value);
  }
  // The first keystroke adds a history entry, later ones replace it: Back undoes the search,
  // not one letter.
  const pushed = useRef(false);

  return (
    <div className="max-w-md">
      <label htmlFor={id} className="block font-semibold">
        {t('actors.index.searchLabel')}
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
        {t('actors.index.searchHint')}
      </p>
    </div>
  );
}
