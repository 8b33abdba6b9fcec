import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { Actor, Side } from '@/corpus/schema';
import { localized } from './localized';

/** The words a party's place is told in, translated once per view. */
export interface PartySideWords {
  language: LanguageCode;
  /** A party whose side the corpus does not know. */
  noSide: string;
  /** "Media outlet aligned with: Armed opposition". */
  outletAligned: (side: string) => string;
  /** An outlet in the group of voices whose alignment the texts do not show. */
  outletUnaligned: (side: string) => string;
}

export function partySideWords(t: TFunction, language: LanguageCode): PartySideWords {
  return {
    language,
    noSide: t('compare.parties.noSide'),
    outletAligned: (side) => t('card.outletAligned', { side }),
    outletUnaligned: (side) => t('card.outletUnaligned', { side }),
  };
}

export function isOutlet(actor: Actor | undefined): boolean {
  return actor?.kind === 'media-outlet';
}

/**
 * Where a party stands, in words: its side, or for a media outlet the side it is aligned
 * with, said as an alignment, so that a newspaper is never read as a combatant. The one
 * rule for every view that names a party's side.
 */
export function partySideText(
  actor: Actor | undefined,
  side: Side | undefined,
  words: PartySideWords,
): string {
  const label = side ? localized(side.label, words.language) : words.noSide;
  if (!isOutlet(actor)) return label;
  return side?.unknownAlignment === true
    ? words.outletUnaligned(label)
    : words.outletAligned(label);
}

/** How an outlet is marked where its side already heads the group it is listed in. */
export interface OutletTagWords {
  /** "al-Wasila · aligned outlet". */
  aligned: (name: string) => string;
  /** "Unnamed local media · media outlet": in the group of voices of unknown alignment. */
  unaligned: (name: string) => string;
}

export function outletTagWords(t: TFunction): OutletTagWords {
  return {
    aligned: (name) => t('card.outletTag.aligned', { name }),
    unaligned: (name) => t('card.outletTag.unaligned', { name }),
  };
}

/**
 * A party's name in a list grouped under its side (the list's party filter): an outlet's says
 * it is an outlet aligned with that side, so it never reads as one of the side's combatants.
 */
export function partyNameInSideGroup(
  actor: Actor,
  side: Side | undefined,
  name: string,
  words: OutletTagWords,
): string {
  if (!isOutlet(actor)) return name;
  return side?.unknownAlignment === true ? words.unaligned(name) : words.aligned(name);
}
