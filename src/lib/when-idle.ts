/**
 * Runs `work` once the browser is idle (at the latest after `timeout` ms), so
 * work no reader waits for (a page's schema.org graph) never delays the frame
 * that shows what they asked for. Returns a cancel function.
 */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  // The build's prerender has no idle time to wait for, nor a reader to spare the work for.
  if (typeof window === 'undefined') return () => undefined;
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout });
    return () => {
      window.cancelIdleCallback(handle);
    };
  }
  const handle = window.setTimeout(work, 0);
  return () => {
    window.clearTimeout(handle);
  };
}
