/**
 * In-page instrument, installed before the app's scripts. Plain JavaScript
 * in a string: functions handed to the browser must not carry the helpers
 * a TypeScript transform may add.
 *
 * Latency of an interaction = from the timeStamp of the first input event
 * (pointerdown, keydown, beforeinput, input, change: captured before the
 * app sees it) to the first animation frame after the last DOM mutation in
 * the watched region, once no mutation has come for `quietMs`. The app has
 * no "list updated" hook; a frame after the last mutation is as near as the
 * page can see to the paint of the updated list. An input that changes
 * nothing in the region within 10 s is reported as unchanged and left out.
 * With a `first` selector, the probe also reports the first frame in which
 * an element matching it is in the DOM (a view that renders in stages).
 */
export const EVENT_LINK = 'section[aria-labelledby="events-title"] li h2 a[href*="/events/"]';
export const RESULTS = 'section[aria-labelledby="events-title"] [role="status"]';

export const PROBE_SOURCE = `(() => {
  const s = { armed: false, inputAt: undefined, armedAt: 0, lastMutationAt: undefined, frameAt: undefined, observer: undefined, first: undefined, firstSeen: false, firstFrameAt: undefined };
  const note = (event) => { if (s.armed && s.inputAt === undefined) s.inputAt = event.timeStamp; };
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'beforeinput', 'input', 'change'])
    addEventListener(type, note, { capture: true });
  const listPainted = new Promise((resolve) => {
    const found = () => {
      if (!document.querySelector(${JSON.stringify(EVENT_LINK)})) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(found);
    observer.observe(document, { childList: true, subtree: true });
  });
  const lcp = [];
  new PerformanceObserver((list) => { lcp.push(...list.getEntries()); })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  const describe = (el) => el ? el.tagName.toLowerCase() + (el.closest('li') ? ' in a list item' : '') + ': ' + (el.textContent || '').trim().slice(0, 40) : 'none';
  window.__bench = {
    listPainted,
    lcp: () => { const last = lcp.at(-1); return last ? { ms: last.startTime, element: describe(last.element) } : undefined; },
    resourceEnd: (part) => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(part));
      return entry ? { start: entry.startTime, end: entry.responseEnd, bytes: entry.decodedBodySize } : undefined;
    },
    arm: (selector, first) => {
      s.observer?.disconnect();
      Object.assign(s, { armed: true, inputAt: undefined, armedAt: performance.now(), lastMutationAt: undefined, frameAt: undefined, first, firstSeen: false, firstFrameAt: undefined });
      const target = selector === 'body' ? document.body : document.querySelector(selector)?.parentElement;
      if (!target) throw new Error('nothing to watch at ' + selector);
      s.observer = new MutationObserver(() => {
        s.lastMutationAt = performance.now();
        s.frameAt = undefined;
        if (s.first && !s.firstSeen && document.querySelector(s.first)) {
          s.firstSeen = true;
          requestAnimationFrame(() => { s.firstFrameAt = performance.now(); });
        }
        requestAnimationFrame(() => { s.frameAt = performance.now(); });
      });
      s.observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    done: (quietMs, timeoutMs, minClaims) => new Promise((resolve) => {
      const poll = () => {
        const now = performance.now();
        const enough = minClaims === 0 || document.querySelectorAll('[data-claim]').length >= minClaims;
        if (s.frameAt !== undefined && enough && now - s.lastMutationAt >= quietMs) {
          s.armed = false; s.observer.disconnect();
          const start = s.inputAt ?? s.armedAt;
          resolve({ ms: s.frameAt - start, changed: true, firstMs: s.firstFrameAt === undefined ? undefined : s.firstFrameAt - start });
        } else if (now - (s.inputAt ?? s.armedAt) > timeoutMs) {
          s.armed = false; s.observer.disconnect();
          resolve({ ms: undefined, changed: s.lastMutationAt !== undefined });
        } else setTimeout(poll, 10);
      };
      poll();
    }),
  };
})();`;
