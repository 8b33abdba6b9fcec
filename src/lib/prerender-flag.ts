/**
 * True while the first render of a prerendered page is made: at build time, and in the
 * browser while that markup is hydrated. A view that would spread its first render over two
 * frames (the comparison) renders whole instead, so the page's HTML carries all its content
 * and the browser's first render matches it. Later client-side views are not affected.
 */
let prerendering = false;

export function markPrerender(): void {
  prerendering = true;
}

export function endPrerender(): void {
  prerendering = false;
}

export function isPrerendering(): boolean {
  return prerendering;
}
