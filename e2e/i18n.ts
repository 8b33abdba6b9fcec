import { readFileSync } from 'node:fs';

const catalogue = (language: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../src/locales/${language}/translation.json`, import.meta.url), 'utf8'),
  );
const en = catalogue('en');
const ar = catalogue('ar');

export const languages = ['en', 'ar'] as const;
export type Language = (typeof languages)[number];

const catalogues = { en, ar } as const;

/** A UI string as the app shows it in `language`, so journeys run unchanged in both. */
export function uiText(language: Language, key: string): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== 'string') throw new Error(`no UI string "${key}" in ${language}`);
  return node;
}

/** Every English UI string worth looking for on an Arabic page (long enough to be unambiguous). */
export function englishUiStrings(): string[] {
  const strings: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      const plain = node.replace(/\{\{[^}]+\}\}/g, '').trim();
      if (/[A-Za-z]{4,}/.test(plain) && plain.length >= 6) strings.push(plain);
    } else if (typeof node === 'object' && node !== null) {
      Object.values(node).forEach(walk);
    }
  };
  walk(en);
  return strings;
}
