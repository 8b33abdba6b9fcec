import type { FormatterModule } from 'i18next';
import { formatNumberFor } from './intl-format';

/**
 * The interpolation variables that hold counts. Only these are grouped
 * ("10,000 events"): a year, an id or a figure's own text passed to `t` keeps
 * its digits as given, so "2,019" can never appear.
 */
export const countVariables: ReadonlySet<string> = new Set([
  'count',
  'shown',
  'total',
  'n',
  'position',
  'done',
  'max',
]);

function isCount(format: string | undefined, key: unknown): boolean {
  if (format !== undefined) return format === 'number';
  return typeof key === 'string' && countVariables.has(key);
}

/**
 * i18next's formatter, replaced: with `alwaysFormat` every `{{count}}` passes
 * through here and comes out in the app's number format (en-GB grouping,
 * Latin digits in Arabic, as formatNumber), while `{{x, number}}` asks for it
 * by name. Plural forms are chosen from the raw number before this runs.
 */
export const countFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything else (strings, undefined for a missing variable) goes back untouched.
  format: (value: unknown, format, lng, options) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    isCount(format, options?.interpolationkey)
      ? formatNumberFor(value, lng)
      : (value as string),
};
