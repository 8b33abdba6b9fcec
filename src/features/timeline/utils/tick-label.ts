import type { LanguageCode } from '@/config/languages';
import { formatShortDate } from '@/lib/intl-format';
import type { Tick } from './timeline-ticks';

/**
 * A tick's label, shorter than a full date so ticks fit: "8 Jun", "Jun", "2019".
 * The year is added where it changes (and on the first tick), so it is never lost.
 */
export function tickLabel(tick: Tick, language: LanguageCode, withYear: boolean): string {
  return formatShortDate(tick.date, language, withYear);
}

/** Whether a tick starts a new year on the axis (or is the first), so its label names the year. */
export function startsYear(ticks: readonly Tick[], position: number): boolean {
  const current = ticks[position];
  const previous = ticks[position - 1];
  if (!current) return false;
  return previous?.date.value.slice(0, 4) !== current.date.value.slice(0, 4);
}
