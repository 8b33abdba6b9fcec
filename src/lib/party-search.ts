import type { Actor } from '@/corpus/schema';
import { prepareSearchText, type SearchToken } from '@/corpus/search/search-text';

/** The Arabic definite article, folded: "نمر" finds "النمر" as "tiger" finds "Tiger Forces". */
const ARTICLE = 'ال';
const SPACE = 0x20;
const NEWLINE = 0x0a;

function isBoundary(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === SPACE || before === NEWLINE;
}

/**
 * Where a word may begin in folded text: after a space or a line break, or after the article
 * that begins a word. Never inside a word, so "hts" does not find "rights".
 */
function isWordStart(text: string, at: number): boolean {
  return (
    isBoundary(text, at) ||
    (at >= ARTICLE.length &&
      text.startsWith(ARTICLE, at - ARTICLE.length) &&
      isBoundary(text, at - ARTICLE.length))
  );
}

function holdsWordStarting(prepared: string, word: string): boolean {
  for (let at = prepared.indexOf(word); at !== -1; at = prepared.indexOf(word, at + 1)) {
    if (isWordStart(prepared, at)) return true;
  }
  return false;
}

/**
 * Whether a text prepared by `prepareSearchText` holds every token of a query at the start of
 * a word. A party's name is short: a query matching inside a word ("HTS" in "Rights") would
 * drown the party the reader means.
 */
export function matchesWordStarts(prepared: string, tokens: readonly SearchToken[]): boolean {
  return tokens.every(
    (token) =>
      holdsWordStarting(prepared, token.whole) ||
      (token.parts.length > 1 && token.parts.every((part) => holdsWordStarting(prepared, part))),
  );
}

const actorTexts = new WeakMap<Actor, string>();

/** A party's names and aliases in both languages, folded once per actor object. */
function partySearchText(actor: Actor): string {
  let text = actorTexts.get(actor);
  if (text === undefined) {
    // One name per line, so no word runs from one name into the next.
    text = prepareSearchText(
      [actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en].join('\n'),
    );
    actorTexts.set(actor, text);
  }
  return text;
}

/**
 * Whether a party's names or aliases, in either language, hold the query at word starts,
 * folded as the event search folds (hamza, alef, ta marbuta, diacritics). The one party
 * matcher: the /actors index and the list's party filter both use it. No token matches all.
 */
export function partyMatches(actor: Actor, tokens: readonly SearchToken[]): boolean {
  return tokens.length === 0 || matchesWordStarts(partySearchText(actor), tokens);
}
