import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * Brings `#<id>` into view and focus once the content it points into has
 * rendered, and marks it `data-linked` until the hash changes, so the view can
 * show which element the link meant after focus has moved on. Not CSS
 * `:target`: the router changes the hash through the History API, which
 * `:target` does not follow, and the element appears after the page loads.
 */
export function useScrollToHash(ready: boolean) {
  const hash = useLocation({ select: (location) => location.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash);
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.setAttribute('data-linked', '');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    // Content skipped off screen (content-visibility: auto) takes its real height once the
    // first scroll brings it near, moving the target; scroll again once that layout is done.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        target.scrollIntoView({ block: 'center' });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      target.removeAttribute('data-linked');
    };
  }, [ready, hash]);
}
