import type { DraftCatalog } from './draft-catalog';

type CatalogActor = DraftCatalog['actors'][number];

/** Letters compared without case, hamza forms, taa marbuta or tatweel: «احمد» finds «أحمد». */
const folded = (text: string) =>
  text
    .toLocaleLowerCase('en')
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');

/**
 * The draft's parties whose name or alias, in Arabic or English, holds what was typed; all of
 * them for an empty search.
 */
export function findParties(actors: readonly CatalogActor[], typed: string): CatalogActor[] {
  const wanted = folded(typed.trim());
  if (wanted === '') return [...actors];
  return actors.filter((actor) =>
    [actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en].some((name) =>
      folded(name).includes(wanted),
    ),
  );
}
