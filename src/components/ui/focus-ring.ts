/*
 * One keyboard focus style for the whole app, as GOV.UK does: a reader who
 * tabs through a page learns it once. Written out in full, never assembled
 * from pieces, because Tailwind only generates class names it finds verbatim
 * in the source.
 */

/** For buttons, links styled as buttons and toggles: the ring stands clear of the border. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

/** For fields and tightly packed controls, where a ring further out would touch a neighbour. */
export const focusRingTight =
  'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700';
