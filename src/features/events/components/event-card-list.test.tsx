import { useState } from 'react';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import { segmentedWords } from '@/corpus/search/search-segments';
import { prepareSearchText } from '@/corpus/search/search-text';
import type { SearchShard } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { EventCardList, eventPageSize } from './event-card-list';

const template = corpusIndexFixture.events[0];
if (!template) throw new Error('the fixture index has no event');
const events = Array.from({ length: eventPageSize * 2 + 10 }, (_, position) => ({
  ...template,
  id: `event-${position}`,
  title: { ar: `حدث ${position}`, en: `Event ${position}` },
}));

/** The list with a button standing for a filter change (a new page key, the same events). */
function Harness() {
  const [pageKey, setPageKey] = useState('first filters');
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setPageKey('other filters');
        }}
      >
        Change filters
      </button>
      <EventCardList
        pageKey={pageKey}
        events={events}
        lookups={corpusLookups(corpusIndexFixture)}
      />
    </>
  );
}

async function renderList() {
  const router = createRouter({
    routeTree: createRootRoute({ component: Harness }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(<RouterProvider router={router} />);
  await screen.findByText('Event 0');
}

describe('EventCardList', () => {
  it('renders a page of cards and grows on request until every event is shown', async () => {
    await renderList();
    const user = userEvent.setup();
    expect(screen.getAllByRole('listitem')).toHaveLength(eventPageSize);

    await user.click(screen.getByRole('button', { name: `Show ${eventPageSize} more events` }));
    expect(screen.getAllByRole('listitem')).toHaveLength(eventPageSize * 2);
    // The keyboard carries on from the first card added.
    expect(document.activeElement).toHaveAttribute('href', expect.stringContaining('/events/'));
    expect(document.activeElement).toHaveTextContent(
      new RegExp(`^Event ${String(eventPageSize)}$`),
    );

    await user.click(screen.getByRole('button', { name: 'Show 10 more events' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(events.length);
    expect(screen.queryByRole('button', { name: /more event/ })).toBeNull();
    expect(document.activeElement).toHaveTextContent(
      new RegExp(`^Event ${String(eventPageSize * 2)}$`),
    );
    expect(screen.getByText(`Event ${events.length - 1}`)).toBeInTheDocument();
  });

  it('starts again from the first page when the filters change, keeping the cards it still shows', async () => {
    await renderList();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Show ${eventPageSize} more events` }));
    const firstCard = screen.getByText('Event 0').closest('li');

    await user.click(screen.getByRole('button', { name: 'Change filters' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(eventPageSize);
    expect(screen.getByText('Event 0').closest('li')).toBe(firstCard);
  });
});

describe('EventCardList with a search', () => {
  const searched = corpusIndexFixture.events.slice(0, 2);

  async function renderSearched(query: string, shard?: SearchShard) {
    const router = createRouter({
      routeTree: createRootRoute({
        component: () => (
          <EventCardList
            pageKey={query}
            events={searched}
            lookups={corpusLookups(corpusIndexFixture)}
            query={query}
            searchShard={shard}
          />
        ),
      }),
      history: createMemoryHistory({ initialEntries: ['/'] }),
    });
    render(<RouterProvider router={router} />);
    await screen.findAllByText('market', { selector: 'mark' });
  }

  it('marks the query in every card it shows, and says where the shard found the rest', async () => {
    const [market] = searched;
    if (!market) throw new Error('the fixture has no events');
    const words = segmentedWords([
      { field: 'event-en', prepared: [prepareSearchText(market.title.en)] },
      { field: 'quote', party: 1, prepared: [prepareSearchText('vegetable stalls')] },
    ]);
    await renderSearched('market stalls', {
      formatVersion: SHARD_FORMAT_VERSION,
      texts: { [market.id]: words.text },
      segments: { [market.id]: words.segments },
    });
    expect([...document.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'market',
      'market',
    ]);
    expect(document.querySelector('[data-matched-in]')).toHaveTextContent(
      'Matched in a quote by Syrian Observatory for Human Rights',
    );
  });
});
