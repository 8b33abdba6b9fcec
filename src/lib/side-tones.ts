/**
 * A colour per side, by the side's position in the corpus's own order, so a
 * new side needs no code. Okabe–Ito hues stay apart for colour-blind readers
 * and in greyscale print; a side is always named in words beside its colour.
 */
const tones = [
  { bar: 'bg-[#D55E00]', border: 'border-[#D55E00]' },
  { bar: 'bg-[#0072B2]', border: 'border-[#0072B2]' },
  { bar: 'bg-[#000000]', border: 'border-[#000000]' },
  { bar: 'bg-[#E69F00]', border: 'border-[#E69F00]' },
  { bar: 'bg-[#009E73]', border: 'border-[#009E73]' },
  { bar: 'bg-[#CC79A7]', border: 'border-[#CC79A7]' },
  { bar: 'bg-[#56B4E9]', border: 'border-[#56B4E9]' },
] as const;

const noSide = { bar: 'bg-stone-400', border: 'border-stone-400' } as const;

export type SideTone = (typeof tones)[number] | typeof noSide;

/** Tailwind classes for a side's bar (a fill) and its rule (a border). */
export function sideTone(
  sideId: string | undefined,
  sideOrder: ReadonlyMap<string, number>,
): SideTone {
  const position = sideId === undefined ? undefined : sideOrder.get(sideId);
  return position === undefined ? noSide : (tones[position % tones.length] ?? noSide);
}
