import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { matchesSearch, prepareSearchText, searchTokens } from '@/corpus/search/search-text';
import { focusRingTight } from '@/components/ui/focus-ring';
import { IsolatedText } from '@/components/ui/isolated-text';
import { isolate } from '@/lib/bidi-isolate';
import { formatList } from '@/lib/format-list';
import { useLanguage } from '@/lib/use-language';
import { useSelectionToggle } from '../hooks/use-selection-toggle';
import { FacetCheckbox } from './facet-checkbox';

export interface FacetOption {
  id: string;
  label: string;
  /** How deep it lies under other listed options (a town in a governorate): indented. */
  depth?: number;
}

interface FacetChecklistProps {
  legend: string;
  hint?: string | undefined;
  /** The label of the box that narrows a long list. */
  searchLabel: string;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Beyond this many options a box to narrow them appears. */
const searchableFrom = 12;

/**
 * Several of a corpus's places or topics, each a checkbox with how many events it would show:
 * native checkboxes in a fieldset, so Tab, Space and a screen reader's form mode all work.
 */
export function FacetChecklist(props: FacetChecklistProps) {
  const { legend, hint, searchLabel, options, counts, selected, onChange } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const tokens = searchTokens(query);
  const chosen = new Set(selected);
  // A chosen option stays visible whatever the query, so it can always be unticked.
  const visible =
    tokens.length === 0
      ? options
      : options.filter(
          (option) =>
            chosen.has(option.id) || matchesSearch(prepareSearchText(option.label), tokens),
        );

  const onToggle = useSelectionToggle(selected, onChange);

  return (
    <fieldset aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-700">
          {hint}
        </p>
      ) : null}
      {/* The list scrolls on wide screens: what is chosen is said above it, never hidden. */}
      {selected.length > 0 ? (
        <p className="mt-1 text-sm font-medium text-stone-800">
          <IsolatedText
            text={t('eventFilters.chosenOptions', {
              names: formatList(
                options.filter((option) => chosen.has(option.id)).map((o) => isolate(o.label)),
                language,
              ),
            })}
          />
        </p>
      ) : null}
      {options.length >= searchableFrom ? (
        <>
          <label htmlFor={id} className="mt-2 block text-sm">
            {searchLabel}
          </label>
          <input
            id={id}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
            className={`mt-1 w-full rounded-md border border-stone-500 bg-white px-2 py-1 text-sm ${focusRingTight}`}
          />
        </>
      ) : null}
      {tokens.length > 0 && visible.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">
          {t('eventFilters.noOptionMatch', { q: query.trim() })}
        </p>
      ) : null}
      <ul className="mt-2 space-y-1 md:max-h-64 md:overflow-y-auto">
        {visible.map((option) => (
          <FacetCheckbox
            key={option.id}
            optionId={option.id}
            label={option.label}
            depth={tokens.length === 0 ? (option.depth ?? 0) : 0}
            count={counts.get(option.id) ?? 0}
            checked={chosen.has(option.id)}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
