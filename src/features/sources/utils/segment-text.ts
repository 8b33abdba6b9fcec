export interface Span {
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** Indexes of the quote spans covering this segment (quotes may overlap). */
  quotes: number[];
  boilerplate: boolean;
  /** Indexes of quotes that begin at this segment: where their anchors go. */
  quoteStarts: number[];
  /** Indexes of quotes that end with this segment: where their links go. */
  quoteEnds: number[];
}

/** Cuts a text at every quote and boilerplate edge, so overlapping spans render without nesting. */
export function segmentText(
  length: number,
  quotes: readonly Span[],
  boilerplate: readonly Span[],
): TextSegment[] {
  const cuts = new Set<number>([0, length]);
  for (const span of [...quotes, ...boilerplate]) {
    cuts.add(Math.max(0, Math.min(length, span.start)));
    cuts.add(Math.max(0, Math.min(length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let position = 0; position < points.length - 1; position += 1) {
    const start = points[position] ?? 0;
    const end = points[position + 1] ?? length;
    if (end <= start) continue;
    const covering = (span: Span) => span.start <= start && span.end >= end;
    segments.push({
      start,
      end,
      quotes: quotes.flatMap((span, index) => (covering(span) ? [index] : [])),
      boilerplate: boilerplate.some(covering),
      quoteStarts: quotes.flatMap((span, index) => (span.start === start ? [index] : [])),
      quoteEnds: quotes.flatMap((span, index) => (span.end === end ? [index] : [])),
    });
  }
  return segments;
}
