import type { Stance } from '@/corpus/schema';

/**
 * A quote's highlight by its claim's stance: a pale fill (dark text on it passes AA) and an
 * underline in the stance's own colour, the one its mark wears on claim cards
 * (src/lib/stance-marks.ts). Colour is never the only cue: each quote is followed by a label
 * with the stance’s mark and name.
 */
const toneByStance: Record<Stance, string> = {
  asserts: 'bg-sky-100 decoration-sky-700',
  denies: 'bg-rose-100 decoration-rose-700',
  'alternative-explanation': 'bg-amber-100 decoration-amber-700',
  'counter-figure': 'bg-violet-100 decoration-violet-700',
  'casts-doubt': 'bg-orange-100 decoration-orange-700',
  silent: 'bg-stone-200 decoration-stone-600',
};

/** Quotes of different stances overlapping, or a shard too old to say: a neutral highlight. */
const mixedTone = 'bg-stone-200 decoration-stone-700';

export function quoteTone(stances: readonly (Stance | undefined)[]): string {
  const [first, ...others] = stances;
  if (first === undefined || others.some((stance) => stance !== first)) return mixedTone;
  return toneByStance[first];
}
