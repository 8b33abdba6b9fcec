/** The longest the app waits for a paint the browser does not report. */
const PAINT_WAIT_CAP_MS = 3000;

/** What afterFirstPaint reads of the browser: the window, and its PerformanceObserver. */
export type PaintView = Pick<
  Window,
  'document' | 'performance' | 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'
> &
  Pick<typeof globalThis, 'PerformanceObserver'>;

/**
 * Resolves once the browser has put the page's content on screen: when its first contentful
 * paint is reported (the moment the frame was shown, not the moment it was drawn). Resolves at
 * once when there is nothing to paint yet (an empty `#root`) or nothing will be painted (a
 * background tab); after the next frame where paint timing is not reported; and in any case
 * after PAINT_WAIT_CAP_MS.
 */
export function afterFirstPaint(
  view: PaintView = window,
  root: Element | null = null,
): Promise<void> {
  const { document, performance } = view;
  if (document.visibilityState === 'hidden' || root?.childElementCount === 0) {
    return Promise.resolve();
  }
  // Older browsers have no PerformanceObserver, or one that reports no paints.
  const Observer = view.PerformanceObserver as typeof PerformanceObserver | undefined;
  const reportsPaint = Observer?.supportedEntryTypes.includes('paint') === true;
  return new Promise((resolve) => {
    const observer =
      Observer && reportsPaint
        ? new Observer((list) => {
            if (list.getEntriesByName('first-contentful-paint').length > 0) done();
          })
        : undefined;
    const cap = view.setTimeout(done, PAINT_WAIT_CAP_MS);
    function done() {
      view.clearTimeout(cap);
      observer?.disconnect();
      resolve();
    }
    if (!observer) {
      view.requestAnimationFrame(() => view.setTimeout(done, 0));
    } else if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      done();
    } else {
      observer.observe({ type: 'paint', buffered: true });
    }
  });
}
