/**
 * Whether the app has taken over the whole page. React hydrates a prerendered page in parts:
 * the header first, then each view inside the router's Suspense boundaries, in later tasks.
 * A control clicked in between lands on markup React does not yet own, and the click is lost
 * (a filter stays unticked). So the page's controls open only once the view itself has
 * hydrated (src/app/hydration-gate.tsx); a page rendered in the browser opens at once.
 */
let hydrated = false;
const listeners = new Set<() => void>();

export function markPageHydrated(): void {
  if (hydrated) return;
  hydrated = true;
  for (const listener of listeners) listener();
}

export function isPageHydrated(): boolean {
  return hydrated;
}

export function subscribePageHydrated(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
