import { figureRange } from '@/corpus/rules/figure-range';
import type { Qualifier } from '@/corpus/schema';

/**
 * How a bar is drawn, in percent of the chart's width. A figure is a range
 * (see figureRange): "up to 40" may be anything from 0 to 40, so it is drawn
 * hollow; "more than 100" has no upper end, so it trails off; "about 400"
 * carries a whisker over the ±20% the dispute rule allows.
 */
export interface BarExtent {
  /** Where the stated number sits. */
  value: number;
  /** The span the qualifier allows, clipped to the chart; undefined for an exact figure. */
  range: { from: number; to: number } | undefined;
  style: 'solid' | 'ceiling' | 'floor' | 'approximate';
}

const styleOf: Record<Qualifier, BarExtent['style']> = {
  exact: 'solid',
  about: 'approximate',
  'up-to': 'ceiling',
  'fewer-than': 'ceiling',
  'more-than': 'floor',
  'at-least': 'floor',
};

/** Room left after the largest value, so an open end and a whisker stay visible. */
const headroom = 1.25;

export function chartMaximum(bars: readonly { value: number; qualifier: Qualifier }[]): number {
  const largest = Math.max(
    0,
    ...bars.map((bar) => {
      const { high } = figureRange(bar.value, bar.qualifier);
      return Number.isFinite(high) ? high : bar.value;
    }),
  );
  return largest > 0 ? largest * headroom : 1;
}

export function barExtent(value: number, qualifier: Qualifier, maximum: number): BarExtent {
  const percent = (n: number) => Math.min(100, Math.max(0, (n / maximum) * 100));
  const style = styleOf[qualifier];
  const { low, high } = figureRange(value, qualifier);
  const range =
    style === 'solid'
      ? undefined
      : { from: percent(low), to: Number.isFinite(high) ? percent(high) : 100 };
  return { value: percent(value), range, style };
}
