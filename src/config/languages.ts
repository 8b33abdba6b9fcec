/** Every UI language with its writing direction: the one table the app reads `dir` from. */
export const languages = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
] as const satisfies readonly { code: string; dir: Direction }[];

export type LanguageCode = (typeof languages)[number]['code'];
export type Direction = 'ltr' | 'rtl';

export const defaultLanguage: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

export function directionOf(code: LanguageCode): Direction {
  return languages.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** Direction of a corpus text by its BCP 47 tag, for quotes in their original language. */
export function directionOfTag(tag: string): Direction {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv'].includes(primary) ? 'rtl' : 'ltr';
}
