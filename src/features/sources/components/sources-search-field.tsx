import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusRingTight } from '@/components/ui/focus-ring';
import { maxQueryLength } from '@/lib/event-filters/list-search';

interface SourcesSearchFieldProps {
  /** The query as the URL holds it (trimmed). */
  value: string;
  onChange: (query: string, options: { replace: boolean }) => void;
}

/** The sources index's search box: titles and outlets, folded like the event search. */
export function SourcesSearchField({ value, onChange }: SourcesSearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  // The box keeps what was typed (a trailing space too); it follows the URL only when that
  // changes from elsewhere (Back, Forward).
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (draft.trim() !== value) setDraft(value);
  }
  // The first keystroke adds a history entry, later ones replace it: Back undoes the search.
  const pushed = useRef(false);

  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block font-semibold">
        {t('sources.index.search.label')}
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
        {t('sources.index.search.hint')}
      </p>
    </div>
  );
}
