import { prepareSearchText } from './search-text';

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
