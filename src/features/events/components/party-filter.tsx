import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTokens } from '@/corpus/search/search-text';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { partyMatches, type PartyGroup } from '../utils/party-groups';
import { PartyOption } from './party-option';
import { focusRingTight } from '@/components/ui/focus-ring';

interface PartyFilterProps {
  groups: readonly PartyGroup[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (actors: string[]) => void;
}

export function PartyFilter({ groups, selected, counts, onChange }: PartyFilterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const tokens = searchTokens(query);
  const chosen = new Set(selected);
  // A chosen party stays visible whatever the search, so it can always be unticked.
  const visible = groups
    .map((group) => ({
      side: group.side,
      parties: group.parties.filter((actor) => chosen.has(actor.id) || partyMatches(actor, tokens)),
    }))
    .filter((group) => group.parties.length > 0);
  const noMatch =
    tokens.length > 0 &&
    groups.every((group) => group.parties.every((actor) => !partyMatches(actor, tokens)));

  // One callback for every row, reading the latest selection, so unchanged rows skip rendering.
  const latest = useRef({ selected, onChange });
  useLayoutEffect(() => {
    latest.current = { selected, onChange };
  });
  const onToggle = useCallback((actorId: string) => {
    const { selected: current, onChange: change } = latest.current;
    change(
      current.includes(actorId)
        ? current.filter((other) => other !== actorId)
        : [...current, actorId],
    );
  }, []);

  return (
    <fieldset>
      <legend className="font-semibold">{t('eventFilters.parties.legend')}</legend>
      <p className="text-xs text-stone-700">{t('eventFilters.parties.hint')}</p>
      <label htmlFor={id} className="mt-2 block text-sm">
        {t('eventFilters.parties.search')}
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
      {noMatch ? (
        <p className="mt-2 text-sm text-stone-700">
          {t('eventFilters.parties.noMatch', { q: query.trim() })}
        </p>
      ) : null}
      <div className="md:max-h-[28rem] md:overflow-y-auto">
        {visible.map((group) => (
          <fieldset
            key={group.side.id}
            // Hundreds of parties: groups scrolled out of view skip layout and paint.
            className="mt-3 [contain-intrinsic-size:auto_20rem] [content-visibility:auto]"
          >
            <legend className="text-sm font-medium text-stone-800">
              {localized(group.side.label, language)}
            </legend>
            <ul className="mt-1 space-y-1">
              {group.parties.map((actor) => (
                <PartyOption
                  key={actor.id}
                  actorId={actor.id}
                  label={localized(actor.name, language)}
                  count={counts.get(actor.id) ?? 0}
                  checked={chosen.has(actor.id)}
                  onToggle={onToggle}
                />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
