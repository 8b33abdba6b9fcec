import { useRef, type ReactNode } from 'react';
import { useOverflows } from '../hooks/use-overflows';

// Tailwind's md: from there up the region is capped at the screen's height and scrolls.
const scrollerQuery = '(min-width: 48rem)';

/** A guess before layout: a wide screen's region scrolls unless the event is small. */
function scrollsOnThisScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(scrollerQuery).matches;
}

/**
 * The region the comparison scrolls in on wide screens, so the table's head
 * and question column stay in view both ways (page-level sticky cannot work
 * inside a horizontal scroller). It holds the tab stop state on its own: when
 * that changes, only this element re-renders, never the table inside it.
 */
export function GridScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLElement>(null);
  const scrolls = useOverflows(region, scrollsOnThisScreen);
  return (
    <section
      ref={region}
      aria-label={label}
      // relative: the sr-only caption is placed inside the scroller, not beside the page.
      // A scrolling region must take focus so keys can scroll it (WCAG 2.1.1, axe
      // scrollable-region-focusable); the lint rule does not know about scrollers.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrolls ? 0 : undefined}
      // Print lays the table out whole and at page width (src/styles/print.css).
      data-comparison-grid=""
      className="relative rounded-md border-stone-300 focus-visible:outline-2 focus-visible:outline-teal-700 md:max-h-[calc(100dvh-1rem)] md:overflow-auto md:border"
    >
      {children}
    </section>
  );
}
