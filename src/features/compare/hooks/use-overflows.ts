import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element's content overflows it, kept current as the window or
 * the content resizes. A region that scrolls must be reachable by keyboard;
 * one that does not should not cost a tab stop.
 *
 * Until the first layout the answer is `expected()`. The first measurement
 * comes from the ResizeObserver, which reports after the browser has laid
 * the page out anyway: reading sizes any earlier would force that layout
 * (hundreds of milliseconds for a large grid), and when the guess was right
 * the view settles without a second render.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>, expected: () => boolean): boolean {
  const [overflows, setOverflows] = useState(expected);
  useEffect(() => {
    const element = ref.current;
    // Without ResizeObserver (an old browser, jsdom) the first guess stands.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setOverflows(
        element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1,
      );
    });
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return overflows;
}
