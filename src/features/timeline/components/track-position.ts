import type { CSSProperties } from 'react';
import type { Extent } from '../utils/timeline-extent';

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * Logical properties, so the same numbers put earlier dates at the left in
 * English and at the right in Arabic: the axis mirrors with the page.
 */
export function trackPosition(extent: Pick<Extent, 'start' | 'size'>): CSSProperties {
  return { insetInlineStart: percent(extent.start), inlineSize: percent(extent.size) };
}

export function trackOffset(fraction: number): CSSProperties {
  return { insetInlineStart: percent(fraction) };
}

export function trackOffsetFromEnd(fraction: number): CSSProperties {
  return { insetInlineEnd: percent(1 - fraction) };
}
