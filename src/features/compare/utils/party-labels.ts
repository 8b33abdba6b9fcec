import type { LanguageCode } from '@/config/languages';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { partySideText, type PartySideWords } from '@/lib/party-side';

export interface PartyLabels {
  nameOf: (actorId: string) => string;
  /**
   * The body a person speaks for, else the party's side (an outlet's as an alignment): context a
   * reader needs under the name.
   */
  contextOf: (actorId: string) => string;
  sideOf: (actorId: string) => string | undefined;
  sideLabelOf: (sideId: string | undefined) => string | undefined;
}

/** Names in the reader's language; an id the index does not know is shown as itself. */
export function partyLabels(
  lookups: CorpusLookups,
  language: LanguageCode,
  sideWords: PartySideWords,
): PartyLabels {
  const sideLabelOf = (sideId: string | undefined) => {
    const side = sideId === undefined ? undefined : lookups.sides.get(sideId);
    return side ? localized(side.label, language) : undefined;
  };
  return {
    nameOf: (actorId) => {
      const actor = lookups.actors.get(actorId);
      return actor ? localized(actor.name, language) : actorId;
    },
    contextOf: (actorId) => {
      const actor = lookups.actors.get(actorId);
      const parent = actor?.memberOf ? lookups.actors.get(actor.memberOf) : undefined;
      if (parent) return localized(parent.name, language);
      const side = actor ? lookups.sides.get(actor.side) : undefined;
      return side ? partySideText(actor, side, sideWords) : '';
    },
    sideOf: (actorId) => lookups.actors.get(actorId)?.side,
    sideLabelOf,
  };
}
