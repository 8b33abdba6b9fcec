import type { LanguageCode } from '@/config/languages';
import { parseIdList, parseRootSearch } from '@/lib/url-search';

export const textModes = ['both', 'original', 'translation'] as const;
export type TextMode = (typeof textModes)[number];

function isTextMode(value: unknown): value is TextMode {
  return textModes.some((mode) => mode === value);
}

/** Which questions a comparison shows: all of them, or only those the parties dispute. */
export type QuestionFocus = 'all' | 'disputed';
/** Whether a comparison names the parties with no claim on a question. */
export type EmptyCells = 'show' | 'hide';

/**
 * A comparison's shareable state: which parties are shown, in which order
 * (`?actors=a,b`), whether quotes show original, translation or both, and the
 * focus toggles (`?questions=disputed`, `?empty=hide`). Defaults are left out of the URL.
 */
export interface CompareSearch {
  lang?: LanguageCode;
  actors?: string[];
  text?: Exclude<TextMode, 'both'>;
  questions?: 'disputed';
  empty?: 'hide';
}

/** Parses raw search params; malformed values are dropped and defaults left out, so they vanish from the URL. */
export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const actors = parseIdList(raw.actors);
  const { text, questions, empty } = raw;
  return {
    ...parseRootSearch(raw),
    ...(actors ? { actors } : {}),
    ...(isTextMode(text) && text !== 'both' ? { text } : {}),
    ...(questions === 'disputed' ? { questions } : {}),
    ...(empty === 'hide' ? { empty } : {}),
  };
}
