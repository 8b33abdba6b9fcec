import { useId, useRef, useState } from 'react';
import { focusRingTight } from '@/components/ui/focus-ring';
import { maxQueryLength } from '@/lib/url-search';

interface UrlSearchFieldProps {
  label: string;
  /** What the search looks through, under the box. */
  hint: string;
  /** The query as the URL holds it (trimmed). */
  value: string;
  /** `replace`: whether this keystroke replaces the history entry the search's first one added. */
  onChange: (query: string, options: { replace: boolean }) => void;
  /** Its box's width in the page's layout. */
  className?: string;
}

/**
 * A search box whose query lives in the URL, so a search can be shared: the event list's, the
 * parties' and the sources'. The box keeps what the reader typed (a trailing space included)
 * while the URL keeps the trimmed query, and follows the URL only when that changes from
 * elsewhere (Back, Forward, "Clear"). The first keystroke of a visit adds a history entry and
 * later ones replace it: Back returns to the page as it was before the search, not letter by
 * letter.
 */
export function UrlSearchField({ label, hint, value, onChange, className }: UrlSearchFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (draft.trim() !== value) setDraft(value);
  }
  const pushed = useRef(false);

  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
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
        {hint}
      </p>
    </div>
  );
}
