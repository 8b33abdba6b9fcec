import type { Actor } from '@/corpus/schema';
import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { partySideText } from '@/lib/party-side';
import type { ClaimTexts } from './claim-texts';

type Texts = Pick<
  ClaimTexts,
  | 'language'
  | 'noSide'
  | 'outletAligned'
  | 'outletUnaligned'
  | 'ownWords'
  | 'reportedSpeech'
  | 'asToldBy'
  | 'unnamedOutlet'
>;

/** A party's name in the reader's language, or its id when the corpus does not know it. */
export function partyName(actorId: string, lookups: CorpusLookups, language: Texts['language']) {
  const actor = lookups.actors.get(actorId);
  return actor ? localized(actor.name, language) : actorId;
}

/**
 * Where a party stands: its side, or for an outlet the side it is aligned
 * with, so that a newspaper is never read as a combatant.
 */
export function partyRole(actor: Actor | undefined, lookups: CorpusLookups, texts: Texts): string {
  return partySideText(actor, actor ? lookups.sides.get(actor.side) : undefined, texts);
}

/**
 * The outlet whose account a hearsay quote is: the source's outlet, else the
 * first outlet that carried it, else an unnamed one.
 */
export function accountOutlet(
  claim: CompiledClaim,
  lookups: CorpusLookups,
  texts: Texts,
  mark: (name: string) => string = (name) => name,
): string {
  const outlet = lookups.sources.get(claim.source)?.outlet ?? claim.reportedBy[0];
  return outlet === undefined
    ? texts.unnamedOutlet
    : mark(partyName(outlet, lookups, texts.language));
}

/**
 * How the words reached us ("own statement", "reported speech", "as told by
 * X"); undefined for a claim from a corpus compiled before claims said so.
 */
export function wordingText(
  claim: CompiledClaim,
  lookups: CorpusLookups,
  texts: Texts,
  mark?: (name: string) => string,
): string | undefined {
  const wording: CompiledClaim['wording'] = claim.wording;
  switch (wording) {
    case 'own-words':
      return texts.ownWords;
    case 'reported-speech':
      return texts.reportedSpeech;
    case 'outlet-account':
      return texts.asToldBy(accountOutlet(claim, lookups, texts, mark));
    case undefined:
      return undefined;
  }
}

/** The outlets that carried the claim, nearest the speaker first, ending with an unnamed one. */
export function carrierNames(
  claim: CompiledClaim,
  lookups: CorpusLookups,
  texts: Pick<Texts, 'language' | 'unnamedOutlet'>,
): string[] {
  const chain = claim.reportedBy.map((id) => partyName(id, lookups, texts.language));
  if (lookups.sources.get(claim.source)?.outlet === null) chain.push(texts.unnamedOutlet);
  return chain;
}
