import type { ComponentProps } from 'react';

/**
 * A small drawing set in a line of text (StanceMark, PointerMark): a 16-unit square as tall as
 * the text, painted in its colour, hidden from screen readers, whose words always go with it.
 * Drawn rather than typed where no bundled font has the character: a system font looked up for
 * it differs between readers and costs the first layout its search.
 */
export function InlineMark({ className = '', children, ...props }: ComponentProps<'svg'>) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      fill="currentColor"
      className={`inline-block size-[1em] shrink-0 align-[-0.125em] ${className}`}
      {...props}
    >
      {children}
    </svg>
  );
}
