import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element's content overflows it, kept current as the window or
 * the content resizes. A region that scrolls must be reachable by keyboard;
 * one that does not should not cost a tab stop.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      setOverflows(
        element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return overflows;
}
