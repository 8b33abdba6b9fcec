import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { CorpusSourceContext } from '@/lib/corpus-source/corpus-source-context';
import { compiledFixture } from '@/lib/corpus-source/compiled-fixture';

/** The compiler's fixture as a corpus's files, path → parsed JSON, for a test to alter. */
export function fixtureCorpusFiles(): Map<string, unknown> {
  return new Map(compiledFixture().files.map(({ path, json }) => [path, JSON.parse(json)]));
}

/**
 * `view` in a router and a query client, reading its corpus through `read` (by default, the
 * files given, an unknown path failing as a missing file would).
 */
export function renderWithCorpus(
  view: () => ReactNode,
  files: ReadonlyMap<string, unknown>,
  read: (path: string) => Promise<unknown> = (path) =>
    files.has(path) ? Promise.resolve(files.get(path)) : Promise.reject(new Error(`no ${path}`)),
  initialEntry = '/',
) {
  const source: CorpusSource = {
    key: 'test',
    kind: 'bundled',
    read: <T,>(path: string) => read(path) as Promise<T>,
  };
  const router = createRouter({
    routeTree: createRootRoute({ component: view }),
    history: createMemoryHistory({ initialEntries: [initialEntry] }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CorpusSourceContext value={source}>
        <RouterProvider router={router} />
      </CorpusSourceContext>
    </QueryClientProvider>,
  );
}
