import { startTransition, useEffect, useState } from 'react';

/**
 * False while a view draws its first frame, then true, set in a background (transition) render
 * that starts only once that frame is on screen. A view that draws its first screen first and
 * the rest after (the comparison's other sections) reads it so the rest never delays that
 * screen: React would start a deferred render at once after the commit, before the browser
 * paints, and a long first step of it (every question's verdict) then holds the frame back.
 *
 * `atOnce` skips the wait (true from the start): a prerendered page's hydration must render
 * everything, and a link to one card needs its target in the first frame.
 */
export function useAfterFirstFrame(atOnce: boolean): boolean {
  const [shown, setShown] = useState(atOnce);
  useEffect(() => {
    if (shown) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    // A task queued from a frame's callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        startTransition(() => {
          setShown(true);
        });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [shown]);
  return shown;
}
