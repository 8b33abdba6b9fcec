/** A label's box in SVG units: left, top, width, height. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Where the label may go, best first, as boxes. */
  options: readonly LabelBox[];
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Greedy label placement: each label, in the order given, takes its first
 * option that overlaps no obstacle (the marks) and no label already placed, or its first option when all
 * do. Enough for the tens of places a corpus names; the list beside the map
 * names them all anyway.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly LabelBox[] = [],
): Map<string, LabelBox> {
  const placed = new Map<string, LabelBox>();
  for (const { id, options } of requests) {
    const taken = [...obstacles, ...placed.values()];
    const free = options.find((box) => !taken.some((other) => overlaps(box, other)));
    const chosen = free ?? options[0];
    if (chosen !== undefined) placed.set(id, chosen);
  }
  return placed;
}

/** A label's width estimated from its length, for a 12-unit font. */
export function labelWidth(text: string): number {
  return text.length * 6.6 + 4;
}
