import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { searchTokens } from '@/corpus/search/search-text';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { partyMatches } from '@/lib/party-search';
import { outletTagWords, partyNameInSideGroup } from '@/lib/party-side';
import type { PartyGroup } from '../utils/party-groups';
import { treeOrder } from '@/lib/event-filters/facet-tree';
import { ChoiceSwitch } from './choice-switch';
import { useSelectionToggle } from '../hooks/use-selection-toggle';
import { FacetCheckbox } from './facet-checkbox';
import { focusRingTight } from '@/components/ui/focus-ring';

interface PartyFilterProps {
  groups: readonly PartyGroup[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (actors: string[]) => void;
  /** Whether a chosen party brings the bodies that belong to it. */
  members: 'include' | 'exclude';
  onMembersChange: (members: 'include' | 'exclude') => void;
  /** Whether any chosen party, or every one, must have spoken. */
  match: 'any' | 'all';
  onMatchChange: (match: 'any' | 'all') => void;
}

export function PartyFilter(props: PartyFilterProps) {
  const { groups, selected, counts, onChange, members, match } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const tokens = searchTokens(query);
  const chosen = new Set(selected);
  const parentOf = useMemo(() => {
    const byId = new Map(groups.flatMap((group) => group.parties).map((a) => [a.id, a]));
    return (actorId: string) => byId.get(actorId)?.memberOf;
  }, [groups]);
  const all = match === 'all' && selected.length > 1;
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

  const onToggle = useSelectionToggle(selected, onChange);

  return (
    <fieldset>
      <legend className="font-semibold">{t('eventFilters.parties.legend')}</legend>
      <ChoiceSwitch
        className="mt-1"
        legend={t('eventFilters.parties.members.legend')}
        choices={[
          { value: 'include', label: t('eventFilters.parties.members.include') },
          { value: 'exclude', label: t('eventFilters.parties.members.exclude') },
        ]}
        value={members}
        onChange={props.onMembersChange}
      />
      {selected.length > 1 ? (
        <ChoiceSwitch
          className="mt-2"
          legend={t('eventFilters.parties.match.legend')}
          choices={[
            { value: 'any', label: t('eventFilters.parties.match.any') },
            { value: 'all', label: t('eventFilters.parties.match.all') },
          ]}
          value={match}
          onChange={props.onMatchChange}
        />
      ) : null}
      <p className="mt-2 text-xs text-stone-700">
        {members === 'include'
          ? t(all ? 'eventFilters.parties.hintAllMembers' : 'eventFilters.parties.hintMembers')
          : t(all ? 'eventFilters.parties.hintAll' : 'eventFilters.parties.hint')}
      </p>
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
              {/* Members under the party they belong to: what "with their members" brings. */}
              {treeOrder(group.parties, parentOf).map(({ item: actor, depth }) => (
                <FacetCheckbox
                  key={actor.id}
                  optionId={actor.id}
                  depth={tokens.length === 0 ? depth : 0}
                  label={partyNameInSideGroup(
                    actor,
                    group.side,
                    localized(actor.name, language),
                    outletTagWords(t),
                  )}
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
