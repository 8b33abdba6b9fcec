import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { MockInstance } from 'vitest';
import { searchShardQueryOptions } from '@/api/get-search-shard';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import { corpusLookups } from '@/lib/corpus-lookups';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { eventSearchTexts } from '@/lib/event-filters/event-search-texts';
import { formatDayRange } from '@/lib/intl-format';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import {
  parseListSearch,
  type ListFilters,
  type ListSearch,
} from '@/lib/event-filters/list-search';
import { EventBrowser } from './event-browser';

interface Change {
  patch: ListFilters;
  replace: boolean;
}

/**
 * The browser with a stand-in for the URL: every change is parsed back like the route does.
 * It shows i18next's language, as in the app: a test switches that first.
 */
async function renderBrowser(raw: Record<string, unknown> = {}) {
  const changes: Change[] = [];
  function Harness() {
    const [search, setSearch] = useState<ListSearch>(() => parseListSearch(raw));
    return (
      <EventBrowser
        index={corpusIndexFixture}
        search={search}
        rawSearch={raw}
        onChange={(patch, { replace }) => {
          changes.push({ patch, replace });
          setSearch((previous) => parseListSearch({ ...previous, ...patch }));
        }}
      />
    );
  }
  const router = createRouter({
    routeTree: createRootRoute({ component: Harness }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  // The quotes' search shard as the page holds it once fetched; here it carries the index's
  // own words (titles, summaries, names), which is all this fixture has to search.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  queryClient.setQueryData(
    searchShardQueryOptions(corpusIndexFixture.search, bundledCorpusSource).queryKey,
    {
      formatVersion: SHARD_FORMAT_VERSION,
      texts: Object.fromEntries(
        eventSearchTexts(corpusIndexFixture, corpusLookups(corpusIndexFixture)),
      ),
    },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await screen.findByRole('status');
  return { changes, user: userEvent.setup() };
}

/** Each card's title: the link in its heading (its party names are links too). */
const titles = () =>
  screen.queryAllByRole('listitem').flatMap((item) => {
    const heading = within(item).queryByRole('heading');
    const link = heading ? within(heading).queryByRole('link') : null;
    return link ? [link.textContent] : [];
  });

/** The empty state's sentence, whole: its values sit in <bdi> elements inside the <p>. */
const emptyMessage = () =>
  screen.getByText(
    (_, element) =>
      element?.tagName === 'P' && /^(No event matches|لا حدث يطابق)/.test(element.textContent),
  );

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(async () => {
  expect(errors).not.toHaveBeenCalledWith(expect.stringMatching(/Missing translation/));
  errors.mockRestore();
  // Unmounted first: switching the language under a mounted list would update it outside act().
  cleanup();
  await i18n.changeLanguage('en');
});

describe('EventBrowser', () => {
  it('shows every event and the total with no filters', async () => {
    await renderBrowser();
    expect(screen.getByRole('status')).toHaveTextContent('5 events');
    expect(titles()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('names each card’s parties as links to their pages', async () => {
    await renderBrowser();
    const [card] = screen
      .getAllByRole('listitem')
      .filter((item) => within(item).queryByRole('link', { name: 'L-39 jet brought down' }));
    if (!card) throw new Error('the L-39 card is listed');
    const party = within(card).getByRole('link', { name: 'Hayat Tahrir al-Sham' });
    expect(party).toHaveAttribute('href', '/actors/hts');
  });

  it('narrows the list when a party is ticked, and pushes a history entry', async () => {
    const { changes, user } = await renderBrowser();
    const parties = screen.getByRole('group', { name: 'Parties' });
    await user.click(within(parties).getByRole('checkbox', { name: /Hayat Tahrir al-Sham/ }));
    expect(changes.at(-1)).toEqual({ patch: { actors: ['hts'] }, replace: false });
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 events');
    expect(titles()).toEqual(['L-39 jet brought down', 'Winter offensive']);
  });

  it('groups parties by side, with counts over the other filters', async () => {
    await renderBrowser({ place: 'saraqib' });
    const government = screen.getByRole('group', { name: 'Government and allies' });
    expect(within(government).getByRole('checkbox', { name: 'Syrian army (2)' })).toBeVisible();
    expect(
      within(government).getByRole('checkbox', { name: /Russian Ministry.*\(0\)/ }),
    ).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: /An actor with no claims/ })).toBeNull();
  });

  it('finds parties with their own search box, keeping ticked ones visible', async () => {
    const { user } = await renderBrowser({ actors: 'sohr' });
    await user.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'tahrir');
    const boxes = within(screen.getByRole('group', { name: 'Parties' }))
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent);
    expect(boxes).toEqual(['Hayat Tahrir al-Sham (2)', 'Syrian Observatory for Human Rights (3)']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find a party' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a party' }), 'zzz');
    expect(screen.getByText('No party matches “zzz”.')).toBeVisible();
  });

  it('searches as the reader types, one history entry per visit, with spelling folded', async () => {
    const { changes, user } = await renderBrowser();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'اسقاط');
    expect(changes.map((change) => change.replace)).toEqual([false, true, true, true, true]);
    expect(titles()).toEqual(['L-39 jet brought down']);
  });

  it('applies a year preset and marks it pressed', async () => {
    const { changes, user } = await renderBrowser();
    await user.click(screen.getByRole('button', { name: '2020' }));
    expect(changes.at(-1)).toEqual({
      patch: { from: '2020-01-01', to: '2020-12-31' },
      replace: false,
    });
    expect(screen.getByRole('button', { name: '2020' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('01/01/2020');
    expect(titles()).toEqual([
      'Shelling of Saraqib market',
      'Winter offensive',
      'Displacement from southern Idlib',
    ]);
    await user.click(screen.getByRole('button', { name: 'Jun 2019' }));
    expect(titles()).toEqual(['L-39 jet brought down', 'Raid on Khan Shaykhun']);
  });

  it('names the filter that emptied the list and removes just that one', async () => {
    const { changes, user } = await renderBrowser({ q: 'raid', place: 'saraqib' });
    expect(emptyMessage()).toBeVisible();
    expect(emptyMessage().textContent).toBe(
      'No event matches the search “raid” together with the place Saraqib.',
    );
    await user.click(screen.getByRole('button', { name: 'Remove the place filter' }));
    expect(changes.at(-1)?.patch).toMatchObject({ place: undefined });
    expect(titles()).toEqual(['Raid on Khan Shaykhun']);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('raid');
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('names the chosen parties and dates when together they leave nothing', async () => {
    await renderBrowser({ actors: 'hts,russian-mod', from: '2020-02-01', to: '2020-03-31' });
    expect(titles()).toEqual([]);
    expect(emptyMessage().textContent).toBe(
      `No event matches the parties Hayat Tahrir al-Sham or Russian Ministry of Defence together with the dates ${formatDayRange('2020-02-01', '2020-03-31', 'en')}.`,
    );
    // The names keep the URL's order and each is isolated from the sentence around it.
    expect([...emptyMessage().querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'Hayat Tahrir al-Sham',
      'Russian Ministry of Defence',
    ]);
    expect(screen.getByRole('button', { name: 'Remove the date range' })).toBeVisible();
  });

  it('names them in Arabic, in Arabic', async () => {
    await i18n.changeLanguage('ar');
    await renderBrowser({ actors: 'hts,russian-mod', from: '2020-02-01', to: '2020-03-31' });
    expect(emptyMessage().textContent).toBe(
      `لا حدث يطابق الطرفين هيئة تحرير الشام أو وزارة الدفاع الروسية مع التواريخ ${formatDayRange('2020-02-01', '2020-03-31', 'ar')}.`,
    );
  });

  it('clears every filter at once', async () => {
    const { user } = await renderBrowser({ actors: 'hts', topic: 'aircraft', q: 'jet' });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 events');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByRole('status')).toHaveTextContent('5 events');
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
  });

  it('ignores unknown ids and malformed values with a notice', async () => {
    await renderBrowser({ actors: 'ghost,hts', from: '2019-13-01', place: 'atlantis' });
    expect(screen.getByText(/could not be used and were ignored/)).toHaveTextContent(
      /from date “2019-13-01”.*party “ghost”.*place “atlantis”/,
    );
    expect(titles()).toEqual(['L-39 jet brought down', 'Winter offensive']);
  });

  it('shows each date only as precisely as it is known', async () => {
    await renderBrowser();
    expect(screen.getByText('23 Jan 2020')).toBeVisible();
    expect(screen.getByText('Jun 2019 (inferred)')).toBeVisible();
    expect(screen.getByText('2020 (inferred)')).toBeVisible();
    // Each is a <time> naming its start for machines, as on every other view.
    expect(screen.getByText('Jun 2019 (inferred)')).toHaveAttribute('datetime', '2019-06');
    const winter = screen.getByText(/^19 Dec 2019 – 28 Jan 2020$/);
    expect(winter.tagName).toBe('TIME');
    expect(winter).toHaveAttribute('datetime', '2019-12-19');
  });

  it('speaks Arabic with Arabic plural forms', async () => {
    await i18n.changeLanguage('ar');
    const { user } = await renderBrowser();
    expect(screen.getByRole('status')).toHaveTextContent('5 أحداث');
    await user.click(screen.getByRole('checkbox', { name: /هيئة تحرير الشام/ }));
    expect(screen.getByRole('status')).toHaveTextContent('2 من 5 أحداث');
    expect(screen.getByRole('group', { name: 'الأطراف' })).toBeVisible();
  });
});
