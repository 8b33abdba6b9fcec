import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  retainSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { corpusIndexQueryOptions } from '@/api/get-corpus-index';
import { eventShardQueryOptions } from '@/api/get-event-shard';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { corpusLookups } from '@/lib/corpus-lookups';
import { paths } from '@/config/paths';
import { parseCompareSearch } from '@/features/compare/utils/compare-search';
import { parseSourcesSearch } from '@/features/sources/utils/sources-search';
import { parseActorSearch } from '@/features/actors/utils/actor-search';
import { parseActorsSearch } from '@/features/actors/utils/actors-search';
import { parseListSearch } from '@/lib/event-filters/list-search';
import { parseWorkbenchSearch } from '@/features/workbench/utils/workbench-search';
import { LoadingState } from '@/components/ui/loading-state';
import { NotFoundPage } from '@/components/not-found-page';
import { RootLayout } from './routes/root-layout';
import { lazyView, ViewCommitted } from './lazy-view';
import { RouteError } from './routes/route-error';
import { parseRootSearch } from '@/lib/url-search';
import { parseCorpusSearch } from '@/lib/corpus-source/corpus-param';
import { parseSearch, stringifySearch } from './search-params';
import { languageRewrite } from './language-rewrite';
import { whenIdle } from '@/lib/when-idle';
import { settleWithin } from '@/lib/settle-within';
import { retainedSearchKeys } from '@/lib/app-links/retained-search';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: (raw: Record<string, unknown>) => ({
    ...parseRootSearch(raw),
    ...parseCorpusSearch(raw),
  }),
  // A language override and the corpus in use travel with every link, so a
  // shared view stays in its language and names the corpus it needs.
  search: { middlewares: [retainSearchParams([...retainedSearchKeys])] },
  component: RootLayout,
  notFoundComponent: () => (
    <>
      <NotFoundPage />
      <ViewCommitted />
    </>
  ),
  errorComponent: RouteError,
  // Every view needs the index; start it before the route's code arrives.
  loaderDeps: ({ search }) => ({ corpus: search.corpus }),
  loader: ({ context, deps }) => {
    // An imported corpus is read from IndexedDB once the page knows it is there.
    if (deps.corpus !== undefined) return;
    // Errors surface in the views that read the index, each with its own retry. Once it is
    // in and the page idle, the event view's code follows: not sooner, for the index is what
    // the first paint waits for.
    context.queryClient.query(corpusIndexQueryOptions(bundledCorpusSource)).then(
      () => whenIdle(preloadEventView),
      () => undefined,
    );
  },
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.home.path,
  validateSearch: parseListSearch,
  component: lazyView(() => import('./routes/home-route'), 'HomeRoute'),
});

/**
 * How long a click on an event may keep the list on screen while the event's shard arrives: under
 * the tenth of a second a click still feels instant, and the hover before most clicks has
 * usually fetched it already.
 */
const SHARD_WAIT_MS = 80;

const eventView = lazyView(() => import('./routes/event-route'), 'EventRoute');

/**
 * From the list, a reader's next step is nearly always an event: its view's
 * code is fetched once the index is in and the page idle, so opening one
 * waits only for the event's own data.
 */
function preloadEventView(): void {
  const loading = eventView.preload?.();
  loading?.catch(() => undefined);
}

const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.event.path,
  validateSearch: parseCompareSearch,
  component: eventView,
  // With the index already here (a click or hover from the list), the event's shard starts
  // downloading with the route's code instead of after it; with preload on intent, on hover.
  loaderDeps: ({ search }) => ({ corpus: search.corpus }),
  loader: ({ context: { queryClient }, params, deps }) => {
    if (deps.corpus !== undefined) return;
    const index = queryClient.getQueryData(corpusIndexQueryOptions(bundledCorpusSource).queryKey);
    const summary = index ? corpusLookups(index).events.get(params.eventId) : undefined;
    if (!summary) return;
    const shard = queryClient.query(eventShardQueryOptions(summary.shard, bundledCorpusSource));
    // The list stays a moment while the shard lands, so the comparison opens whole in one render.
    // Switching at once drew the header and a spinner first, and the shard's own parse then
    // waited behind that render: the first screen came 10-20 ms later. A slow shard gets the
    // header and the view's own loading state after SHARD_WAIT_MS; a failed one, its error state.
    return settleWithin(shard, SHARD_WAIT_MS);
  },
});

// Every source the corpus quotes, with how often each is cited.
const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.sources.path,
  validateSearch: parseSourcesSearch,
  component: lazyView(() => import('./routes/sources-route'), 'SourcesRoute'),
});

const sourceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.source.path,
  validateSearch: parseRootSearch,
  component: lazyView(() => import('./routes/source-route'), 'SourceRoute'),
});

const actorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.actor.path,
  validateSearch: parseActorSearch,
  component: lazyView(() => import('./routes/actor-route'), 'ActorRoute'),
});

// Every party of the corpus, by side and kind, searchable by name and alias.
const actorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.actors.path,
  validateSearch: parseActorsSearch,
  component: lazyView(() => import('./routes/actors-route'), 'ActorsRoute'),
});

// The timeline is the event list drawn on a time axis: same filters, same parser.
const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.timeline.path,
  validateSearch: parseListSearch,
  component: lazyView(() => import('./routes/timeline-route'), 'TimelineRoute'),
});

// The map is the event list drawn at its places: same filters, same parser.
const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.map.path,
  validateSearch: parseListSearch,
  component: lazyView(() => import('./routes/map-route'), 'MapRoute'),
});

// Imported corpora: the list, and the place to add one.
const corporaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.corpora.path,
  validateSearch: parseRootSearch,
  component: lazyView(() => import('./routes/corpora-route'), 'CorporaRoute'),
});

// The workbench: drafts of a corpus, made in the browser. Lazy, so readers never load it.
const workbenchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.workbench.path,
  validateSearch: parseWorkbenchSearch,
  component: lazyView(() => import('./routes/workbench-route'), 'WorkbenchRoute'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  eventRoute,
  sourcesRoute,
  sourceRoute,
  actorRoute,
  actorsRoute,
  timelineRoute,
  mapRoute,
  corporaRoute,
  workbenchRoute,
]);

/** The build's prerender (src/entry-server.tsx) renders one page at a time, at its URL in memory. */
interface PrerenderOptions {
  history: RouterHistory;
}

export function createAppRouter(queryClient: QueryClient, prerender?: PrerenderOptions) {
  return createRouter({
    routeTree,
    context: { queryClient },
    basepath: import.meta.env.BASE_URL,
    // `/ar/…` is the Arabic page of a view: the router sees it as `?lang=ar` (language-rewrite.ts).
    rewrite: languageRewrite,
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    defaultPendingComponent: () => <LoadingState />,
    defaultErrorComponent: RouteError,
    // In a prerendered page it would be an inline script, which the CSP refuses.
    scrollRestoration: prerender === undefined,
    ...(prerender && { history: prerender.history }),
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
