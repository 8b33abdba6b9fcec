import { lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { markPageHydrated } from './page-hydration';

/** Rendered after a view: its effect runs once the view, in its Suspense boundary, is committed. */
function ViewCommitted() {
  useEffect(markPageHydrated, []);
  return null;
}

/**
 * A route's view whose code is fetched when first needed (the router's `lazyRouteComponent`,
 * `preload` included), that tells the app when it is on screen and hydrated.
 */
export function lazyView<K extends string, T extends Record<K, () => ReactNode>>(
  importer: () => Promise<T>,
  exportName: K,
): RouteComponent {
  const View: RouteComponent = lazyRouteComponent(importer, exportName);
  function CommittedView() {
    return (
      <>
        <View />
        <ViewCommitted />
      </>
    );
  }
  // Read through to the router's own `preload`, which it removes once the code is in: the router
  // waits on any `preload` a route's component has before it renders the route, and a copy kept
  // from the start started a fresh `import()` on every visit, already loaded or not. Resolving one
  // takes the browser a task of its own, behind whatever is queued: 15-20 ms between the click on
  // an event and the start of its render, before this read-through.
  return Object.defineProperty(CommittedView, 'preload', {
    get: () => View.preload,
    enumerable: true,
  });
}

/** The same signal for the views the router renders outside any boundary (not found, error). */
export { ViewCommitted };
