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
import { Button } from '@/components/ui/button';

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

/**
 * Beyond this many parties each side starts folded to the parties chosen in it, with a button
 * that lists all of its own: three hundred checkboxes are more than a reader scans, and drawing
 * them (and removing them when a comparison opens) cost the list and the comparison their
 * speed. The search box still finds any party, folded or not.
 */
export const partiesFoldFrom = 60;

export function PartyFilter(props: PartyFilterProps) {
  const { groups, selected, counts, onChange, members, match } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [openSides, setOpenSides] = useState<ReadonlySet<string>>(() => new Set());
  // A folded side shows its chosen parties and any unticked there since: the row (and the focus
  // in it) stays until a side is opened or closed, so unticking never removes what was clicked.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(selected));
  if (selected.some((actorId) => !kept.has(actorId))) setKept(new Set([...kept, ...selected]));
  const tokens = searchTokens(query);
  const partyCount = groups.reduce((sum, group) => sum + group.parties.length, 0);
  const folds = partyCount > partiesFoldFrom && tokens.length === 0;
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
        {visible.map((group) => {
          const open = !folds || openSides.has(group.side.id);
          const listId = `${id}-${group.side.id}`;
          // Members under the party they belong to: what "with their members" brings.
          const rows = open
            ? treeOrder(group.parties, parentOf)
            : group.parties
                // `kept` holds every chosen party (above), and the ones unticked since.
                .filter((actor) => kept.has(actor.id))
                .map((actor) => ({ item: actor, depth: 0 }));
          return (
            <fieldset
              key={group.side.id}
              // Hundreds of parties: groups scrolled out of view skip layout and paint.
              className="mt-3 [contain-intrinsic-size:auto_20rem] [content-visibility:auto]"
            >
              <legend className="text-sm font-medium text-stone-800">
                {localized(group.side.label, language)}
              </legend>
              {folds ? (
                <Button
                  variant="quiet"
                  size="inline"
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() => {
                    setKept(new Set(selected));
                    setOpenSides((sides) => {
                      const next = new Set(sides);
                      if (open) next.delete(group.side.id);
                      else next.add(group.side.id);
                      return next;
                    });
                  }}
                >
                  {open
                    ? t('eventFilters.parties.foldSide')
                    : t('eventFilters.parties.unfoldSide', { count: group.parties.length })}
                </Button>
              ) : null}
              <ul id={listId} className="mt-1 space-y-1">
                {rows.map(({ item: actor, depth }) => (
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
          );
        })}
      </div>
    </fieldset>
  );
}
