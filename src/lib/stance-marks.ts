import type { Stance } from '@/corpus/schema';

/**
 * The colour of each stance's mark (overview cells, claim cards, sources): a colour that differs
 * without its shape, beside a shape that differs without its colour (colour-blind readers,
 * greyscale print). The shapes are drawn by StanceMark; screen readers get the stance's word.
 */
export const stanceTones: Record<Stance, string> = {
  asserts: 'text-sky-800',
  denies: 'text-rose-800',
  'alternative-explanation': 'text-amber-800',
  'counter-figure': 'text-violet-800',
  'casts-doubt': 'text-orange-800',
  silent: 'text-stone-600',
};

/** A cell where the party made no claim on the question: a middle dot, in every font. */
export const noClaimGlyph = '·';

/** The stances in the order the legend lists them. */
export const legendStances: readonly Stance[] = [
  'asserts',
  'denies',
  'alternative-explanation',
  'counter-figure',
  'casts-doubt',
  'silent',
];
