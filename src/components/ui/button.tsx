import type { ComponentProps } from 'react';
import { focusRing, focusRingTight } from './focus-ring';

// Every variant draws a border, transparent where none shows, so buttons of
// different variants side by side are the same height, and forced-colours
// mode (which paints transparent borders) still outlines each one.
const variants = {
  /** The action a view leads to: open, go home, remove the filter that emptied the list. */
  primary: 'border-transparent bg-teal-800 text-white hover:bg-teal-900',
  /** Everyday actions beside the content: copy, download, show more. */
  secondary: 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
  /** Red: deleting what only a new import brings back, or retrying inside a red error box. */
  danger: 'border-transparent bg-red-800 text-white hover:bg-red-900',
  /** Looks like a link, so a lesser choice does not compete with the buttons beside it. */
  quiet: 'border-transparent text-teal-800 underline hover:text-teal-950',
} as const;

const sizes = {
  sm: `px-3 py-1.5 text-sm ${focusRing}`,
  /** A page's way on (not found, a party's events): body-size text. */
  md: `px-4 py-2 ${focusRing}`,
  /** A square for one glyph in a dense list: its ring sits closer so it clears the next one. */
  icon: `size-8 ${focusRingTight}`,
  /** No box of its own, for a quiet button that sits in a line of text or a heading row. */
  inline: `text-sm ${focusRing}`,
} as const;

interface ButtonStyle {
  variant?: keyof typeof variants | undefined;
  size?: keyof typeof sizes | undefined;
  /**
   * Placement (margins) and `md`'s text size only: a second class for a property the
   * variant or size already sets wins by stylesheet order, not by its place in this string.
   */
  className?: string | undefined;
}

/**
 * The button look as a class string, for the few places that must style a
 * router `<Link>` or an `<a>` as a button and still share its focus ring.
 */
export function buttonClassName({
  variant = 'secondary',
  size = 'sm',
  className = '',
}: ButtonStyle = {}) {
  return `inline-flex items-center justify-center gap-2 rounded-md border font-medium disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]} ${sizes[size]} ${className}`.trimEnd();
}

type ButtonProps = ComponentProps<'button'> & ButtonStyle;

/** `type="button"` unless told otherwise: none of the app's buttons submits a form by accident. */
export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return (
    <button type={type} className={buttonClassName({ variant, size, className })} {...props} />
  );
}
