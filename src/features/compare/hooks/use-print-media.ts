import { useSyncExternalStore } from 'react';

// Set between beforeprint and afterprint: printing from the browser's menu may not match
// the print media query until layout, which is too late to change what is rendered.
let printingByEvent = false;

// Test DOMs (jsdom) have no matchMedia.
const printQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;

function subscribe(onChange: () => void) {
  const media = printQuery();
  const before = () => {
    printingByEvent = true;
    onChange();
  };
  const after = () => {
    printingByEvent = false;
    onChange();
  };
  media?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    media?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/**
 * Whether the page is being printed, for content (not just styles) that
 * differs on paper. Store updates render synchronously, in the microtask after
 * the beforeprint listener, so the change lands before the print layout.
 */
export function usePrintMedia(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printingByEvent || (printQuery()?.matches ?? false),
    () => false,
  );
}
