import { figureRange } from '@/corpus/rules/figure-range';
import type { Qualifier } from '@/corpus/schema';

/** The values a stated figure allows, in words a table cell can say. */
export type FigureAllows =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'open'; from: number }
  | { kind: 'above'; from: number }
  | { kind: 'below'; to: number };

export function figureAllows(value: number, qualifier: Qualifier): FigureAllows {
  const range = figureRange(value, qualifier);
  if (!Number.isFinite(range.high)) {
    return range.lowOpen ? { kind: 'above', from: range.low } : { kind: 'open', from: range.low };
  }
  if (range.highOpen) return { kind: 'below', to: range.high };
  if (range.low === range.high) return { kind: 'exact', value: range.low };
  return { kind: 'range', from: range.low, to: range.high };
}
