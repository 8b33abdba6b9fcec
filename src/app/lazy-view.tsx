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
  return Object.assign(CommittedView, { preload: View.preload });
}

/** The same signal for the views the router renders outside any boundary (not found, error). */
export { ViewCommitted };
