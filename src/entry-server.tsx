import { dehydrate, type QueryKey } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { corpusKeys } from '@/api/shard-query';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import type { LanguageCode } from '@/config/languages';
import { splitLanguagePath } from '@/config/paths';
import { indexRevision, type PrerenderedPage } from '@/config/prerendered-page';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { i18n } from '@/lib/i18n';
import { markPrerender } from '@/lib/prerender-flag';
import { createQueryClient } from '@/lib/query-client';

/** Reads one file of the compiled corpus (`index.json`, `events/x.1a2b.json`), parsed. */
export type ReadCorpusFile = (path: string) => Promise<unknown>;

export interface RenderedPage {
  language: LanguageCode;
  /** The markup of `#root`. */
  html: string;
  /** What the app needs to hydrate it, for the page's `application/json` element. */
  state: PrerenderedPage;
}

const bundledPrefix = corpusKeys.corpus(bundledCorpusSource);
const indexKey = corpusKeys.index(bundledCorpusSource);

/** The corpus file a query of the bundled corpus reads, or undefined for any other query. */
function corpusFileOf(key: QueryKey): string | undefined {
  if (key[0] !== bundledPrefix[0] || key[1] !== bundledPrefix[1]) return undefined;
  if (key[2] === 'index') return 'index.json';
  return key[2] === 'shard' && typeof key[3] === 'string' ? key[3] : undefined;
}

// A view asks for its shards as it renders (the comparison for its event, then the sources
// its claims cite): render, read what was asked for, render again, until nothing is missing.
const MAX_PASSES = 6;
/** The largest shard a page carries, as JSON characters. */
const MAX_EMBEDDED_CHARS = 64_000;
/** Whether each corpus file is too large to embed, measured once: a build renders thousands of pages from the same files. */
const tooLargeToEmbed = new Map<string, boolean>();

function isTooLargeToEmbed(file: string, data: unknown): boolean {
  let large = tooLargeToEmbed.get(file);
  if (large === undefined) {
    large = JSON.stringify(data).length > MAX_EMBEDDED_CHARS;
    tooLargeToEmbed.set(file, large);
  }
  return large;
}

/**
 * Renders the page at `url` (base path included) as the browser will first render it, with
 * its data read from the compiled corpus: the same router, providers and language. `reads`
 * names corpus files the view is known to ask for (scripts/build/page-reads.ts): with them
 * in hand its first render is its last.
 */
export async function renderPage(
  url: string,
  readCorpusFile: ReadCorpusFile,
  notFound = false,
  reads: readonly string[] = [],
): Promise<RenderedPage> {
  markPrerender();
  const path = url.slice(import.meta.env.BASE_URL.length - 1);
  const { language } = splitLanguagePath(path);
  await i18n.changeLanguage(language);

  const queryClient = createQueryClient();
  // A failed read here is a bug in the build, not a network hiccup: never wait to retry it.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const index = await readCorpusFile('index.json');
  queryClient.setQueryData(indexKey, index);
  for (const file of reads) {
    queryClient.setQueryData(
      corpusKeys.shard(bundledCorpusSource, file),
      await readCorpusFile(file),
    );
  }
  const router = createAppRouter(queryClient, {
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();

  const app = (
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>
  );
  let html = renderToString(app);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const missing = queryClient
      .getQueryCache()
      // Not a query a view has switched off (the list's search texts, until a reader searches):
      // the page would carry, or wait for, data it does not show.
      .findAll({
        predicate: (query) =>
          query.state.data === undefined &&
          !('enabled' in query.options && query.options.enabled === false),
      })
      .flatMap((query) => {
        const file = corpusFileOf(query.queryKey);
        return file === undefined ? [] : [{ key: query.queryKey, file }];
      });
    if (missing.length === 0) break;
    for (const { key, file } of missing) {
      queryClient.setQueryData(key, await readCorpusFile(file));
    }
    html = renderToString(app);
  }

  // A view that threw leaves its Suspense boundary to be rendered in the browser (`<!--$!-->`):
  // that page would read empty without script, so the build stops and says where.
  if (html.includes('<!--$!-->')) {
    const message = /data-msg="([^"]*)"/.exec(html)?.[1] ?? 'see the development build';
    throw new Error(`${url}: a view failed to render on the server: ${message}`);
  }

  // A shard goes into the page only when small: the index and large shards (a 10,000-event
  // corpus's search texts) would be repeated in thousands of pages, so the app fetches them
  // instead, once, from the browser's cache after the first page.
  const deferred = new Set<string>();
  const queries = dehydrate(queryClient, {
    shouldDehydrateQuery: (query) => {
      const file = corpusFileOf(query.queryKey);
      if (query.state.status !== 'success' || file === undefined) return false;
      if (file === 'index.json' || isTooLargeToEmbed(file, query.state.data)) {
        deferred.add(file);
        return false;
      }
      return true;
    },
  });
  queryClient.clear();
  return {
    language,
    html,
    state: { path, notFound, queries, deferred: [...deferred], revision: indexRevision(index) },
  };
}
