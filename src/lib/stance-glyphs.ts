import type { Stance } from '@/corpus/schema';

/**
 * The mark for each stance (overview cells, claim cards): a shape that differs from the others
 * without its colour (colour-blind readers, greyscale print), and a colour
 * that differs without its shape. Screen readers get the stance's word instead.
 */
export const stanceGlyphs: Record<Stance, { glyph: string; tone: string }> = {
  asserts: { glyph: '●', tone: 'text-sky-800' },
  denies: { glyph: '✕', tone: 'text-rose-800' },
  'alternative-explanation': { glyph: '◆', tone: 'text-amber-800' },
  'counter-figure': { glyph: '▲', tone: 'text-violet-800' },
  'casts-doubt': { glyph: '?', tone: 'text-orange-800' },
  silent: { glyph: '○', tone: 'text-stone-600' },
};

/** A cell where the party made no claim on the question. */
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
