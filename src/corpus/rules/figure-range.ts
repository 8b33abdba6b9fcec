import type { Figure } from '../schema';

/**
 * The set of values a figure allows, as an interval. "About" is taken as
 * ±20%, so "about 50" and "about 75" can both be true and do not dispute.
 */
export interface Range {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

export function figureRange(value: number, qualifier: Figure['qualifier']): Range {
  switch (qualifier) {
    case 'about':
      // Multiply before dividing: 0.8 * 75 is not exactly 60 in floating point.
      return { low: (value * 4) / 5, lowOpen: false, high: (value * 6) / 5, highOpen: false };
    case 'up-to':
      return { low: 0, lowOpen: false, high: value, highOpen: false };
    case 'at-least':
      return { low: value, lowOpen: false, high: Infinity, highOpen: false };
    case 'more-than':
      return { low: value, lowOpen: true, high: Infinity, highOpen: false };
    case 'fewer-than':
      return { low: 0, lowOpen: false, high: value, highOpen: true };
    case 'exact':
    case undefined:
      return { low: value, lowOpen: false, high: value, highOpen: false };
  }
}

function endsBefore(a: Range, b: Range): boolean {
  return a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
}

/** Whether some single value satisfies both ranges. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return !endsBefore(a, b) && !endsBefore(b, a);
}
