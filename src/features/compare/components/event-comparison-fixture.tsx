import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { CorpusSourceContext } from '@/lib/corpus-source/corpus-source-context';
import type { EmptyCells, QuestionFocus } from '../utils/compare-search';
import { EventComparison } from './event-comparison';

interface ComparisonFixture {
  summary: EventSummary;
  lookups: CorpusLookups;
  /** How the corpus answers a read of the event's shard (never, a shard, an error). */
  read: () => Promise<unknown>;
  questionFocus?: QuestionFocus;
  emptyCells?: EmptyCells;
}

/** One event's comparison in a router and a query client, its shard read through `read`. */
export function renderEventComparison({
  summary,
  lookups,
  read,
  questionFocus = 'all',
  emptyCells = 'show',
}: ComparisonFixture) {
  const source: CorpusSource = {
    key: 'test',
    kind: 'bundled',
    read: <T,>() => read() as Promise<T>,
  };
  const rootRoute = createRootRoute({
    component: () => (
      <EventComparison
        eventId={summary.id}
        summary={summary}
        lookups={lookups}
        requestedActors={undefined}
        textMode="both"
        onTextModeChange={() => undefined}
        onPartiesChange={() => undefined}
        questionFocus={questionFocus}
        onQuestionFocusChange={() => undefined}
        emptyCells={emptyCells}
        onEmptyCellsChange={() => undefined}
      />
    ),
  });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
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
