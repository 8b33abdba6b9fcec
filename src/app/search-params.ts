import { parseSearchWith } from '@tanstack/react-router';
import { stringifySearchParams } from '@/lib/search-string';

/**
 * URLs stay readable and stable: every value is kept as the string it was
 * (no JSON guessing that would turn "40" into a number), and lists are
 * written comma-separated: `?actors=russian-mod,nlf`.
 */
export const parseSearch = parseSearchWith(() => {
  throw new Error('keep the raw string');
});

export const stringifySearch = stringifySearchParams;
