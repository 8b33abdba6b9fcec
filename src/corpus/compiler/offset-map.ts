/**
 * Where each UTF-16 unit of a normalized text came from in the original. Kept
 * as pieces, not per unit: texts run to megabytes, and nearly all of each is
 * copied verbatim (only runs of whitespace and recomposed clusters differ).
 */
export interface OffsetMap {
  /** Normalized offset where each piece starts, ascending. */
  readonly pieceStarts: readonly number[];
  /** Original offset each piece starts at. */
  readonly originalStarts: readonly number[];
  /** Original end of a replaced piece, or -1 for a verbatim one (unit k maps to start + k). */
  readonly originalEnds: readonly number[];
  /** Units in the normalized text. */
  readonly length: number;
}

const VERBATIM = -1;

export class OffsetMapBuilder {
  private readonly pieceStarts: number[] = [];
  private readonly originalStarts: number[] = [];
  private readonly originalEnds: number[] = [];
  private length = 0;
  /** Original offset right after the last verbatim piece, while it can still grow. */
  private verbatimUpTo = -1;

  /** Original units [from, to) copied as they are. */
  verbatim(from: number, to: number): void {
    if (to <= from) return;
    if (this.verbatimUpTo !== from) {
      this.pieceStarts.push(this.length);
      this.originalStarts.push(from);
      this.originalEnds.push(VERBATIM);
    }
    this.length += to - from;
    this.verbatimUpTo = to;
  }

  /** `units` normalized units that all stand for the original span [start, end). */
  replaced(units: number, start: number, end: number): void {
    if (units <= 0) return;
    // One unit for one unit (a tab folded to a space) maps like a copied one: kept as part of the
    // verbatim piece, so "letter, tab" repeated a million times is one piece, not a million.
    if (units === 1 && end === start + 1) {
      this.verbatim(start, end);
      return;
    }
    this.pieceStarts.push(this.length);
    this.originalStarts.push(start);
    this.originalEnds.push(end);
    this.length += units;
    this.verbatimUpTo = -1;
  }

  build(): OffsetMap {
    const { pieceStarts, originalStarts, originalEnds, length } = this;
    return { pieceStarts, originalStarts, originalEnds, length };
  }
}

/** The piece holding normalized unit `index` (which must be inside the text). */
function pieceAt(map: OffsetMap, index: number): number {
  let low = 0;
  let high = map.pieceStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((map.pieceStarts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Original offset where the unit at a normalized index starts (0 outside the text). */
export function originalStartOf(map: OffsetMap, index: number): number {
  if (!(index >= 0 && index < map.length)) return 0;
  const piece = pieceAt(map, index);
  const start = map.originalStarts[piece] ?? 0;
  const end = map.originalEnds[piece] ?? VERBATIM;
  return end === VERBATIM ? start + index - (map.pieceStarts[piece] ?? 0) : start;
}

/** Original offset where the unit at a normalized index ends (0 outside the text). */
export function originalEndOf(map: OffsetMap, index: number): number {
  if (!(index >= 0 && index < map.length)) return 0;
  const piece = pieceAt(map, index);
  const start = map.originalStarts[piece] ?? 0;
  const end = map.originalEnds[piece] ?? VERBATIM;
  return end === VERBATIM ? start + index - (map.pieceStarts[piece] ?? 0) + 1 : end;
}
