import { hydrate } from '@tanstack/react-query';
import { RouterProvider, rootRouteId } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import { anyShardQueryOptions } from '@/api/get-deferred-shard';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { i18n } from '@/lib/i18n';
import { endPrerender, markPrerender } from '@/lib/prerender-flag';
import { createQueryClient } from '@/lib/query-client';
import { yieldToBrowser } from '@/lib/yield-to-browser';
import type { Landing } from '@/app/language-landing';
import { markPageHydrated } from '@/app/page-hydration';
import { appWorkerScripts } from '@/app/worker-scripts';
import { vouchForWorkerScripts } from '@/lib/worker-script-url';
import type { PrerenderedPage } from '@/config/prerendered-page';

vouchForWorkerScripts(appWorkerScripts);

/**
 * The app: it takes over the page in `container` (hydrating the prerendered view when the page
 * is the view the reader landed on, rendering it anew otherwise). src/boot.ts calls it once
 * the page is on screen, with where the reader landed.
 */
export async function start(
  container: HTMLElement,
  landing: Landing,
  prerendered: PrerenderedPage | undefined,
) {
  // The page is on screen and readable: the start-up works in short tasks, each ending with
  // a yield, so a reader's scroll or tap is never held up behind it.
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  await yieldToBrowser();
  // Only English ships in this bundle: a reader of another language waits for
  // its catalogue here, so the first paint is never English, nor raw keys.
  await i18n.changeLanguage(landing.language);

  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>
  );
  // The page's HTML is this view as the app renders it: the app takes it over without
  // redrawing it, once it holds the same data (the page's shards, and the index, which
  // src/boot.ts preloads) and the route's code.
  if (prerendered && landing.sameView(prerendered)) {
    hydrate(queryClient, prerendered.queries);
    await yieldToBrowser();
    try {
      await Promise.all(
        prerendered.deferred.map((file) =>
          file === 'index.json'
            ? queryClient.query(corpusIndexQueryOptions(bundledCorpusSource))
            : queryClient.query(anyShardQueryOptions(bundledCorpusSource, file)),
        ),
      );
      await yieldToBrowser();
      await router.load();
      await yieldToBrowser();
    } catch {
      // The views show their own error states; rendered from scratch below.
    }
    // 404.html is served at any unknown path: it is this view only if no route matched.
    const unmatched = router.state.matches.every((match) => match.routeId === rootRouteId);
    // A page cached from another build than the corpus served now is drawn anew, not hydrated.
    const served = queryClient.getQueryData(corpusIndexQueryOptions(bundledCorpusSource).queryKey);
    if (served?.revision === prerendered.revision && (!prerendered.notFound || unmatched)) {
      markPrerender();
      // The server rendered its matches outside a Suspense boundary; so must the browser.
      router.ssr = { manifest: undefined };
      // As a transition, hydration yields to the browser between components instead of holding
      // the main thread for the whole page: the page is already on screen and readable.
      startTransition(() => {
        hydrateRoot(container, app, {
          onRecoverableError: (error) => {
            console.error('Hydration mismatch:', error);
          },
        });
      });
      // The reader's first move to another view ends it: later views render as any client
      // view does. (Not any navigation: the router may tidy the address while hydrating.)
      const unsubscribe = router.subscribe('onBeforeNavigate', (event) => {
        if (!event.pathChanged) return;
        endPrerender();
        unsubscribe();
      });
      return;
    }
  }
  // Rendered here, not hydrated: nothing on the page belongs to markup React does not own.
  markPageHydrated();
  createRoot(container).render(app);
}
