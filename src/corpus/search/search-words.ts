import { prepareSearchText } from './search-text';

/**
 * Prepared texts reduced to their distinct words, space-separated. Search
 * matches each query word as a substring of the text, and a query word has no
 * spaces, so it can only ever match inside one word: the distinct words find
 * exactly what the whole texts would, in a fraction of the bytes (a quote
 * repeats its words, a translation repeats its quote's names).
 */
export function distinctWords(prepared: Iterable<string>): string {
  const words = new Set<string>();
  for (const text of prepared) {
    for (const word of text.split(/\s+/)) if (word.length > 0) words.add(word);
  }
  return [...words].join(' ');
}

interface Named {
  name: { ar: string; en: string };
  aliases: { ar: readonly string[]; en: readonly string[] };
}

/** A party's or place's names and aliases in both languages, prepared for search. */
export function namesSearchText({ name, aliases }: Named): string {
  return prepareSearchText([name.ar, name.en, ...aliases.ar, ...aliases.en].join('\n'));
}

/** A topic's labels in both languages, prepared for search. */
export function labelSearchText({ label }: { label: { ar: string; en: string } }): string {
  return prepareSearchText([label.ar, label.en].join('\n'));
}
