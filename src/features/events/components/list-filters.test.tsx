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
import type { CorpusIndex } from '@/corpus/shards';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import {
  parseListSearch,
  type ListFilters,
  type ListSearch,
} from '@/lib/event-filters/list-search';
import { EventBrowser } from './event-browser';

// The fixture with one hierarchy more: Russia, which never speaks itself, holds the ministry.
// The winter offensive is the most disputed event.
const index: CorpusIndex = {
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors.map((actor) =>
      actor.id === 'russian-mod' ? { ...actor, memberOf: 'russia' } : actor,
    ),
    {
      id: 'russia',
      name: { en: 'Russia', ar: 'روسيا' },
      aliases: { en: [], ar: [] },
      kind: 'state-body',
      side: 'government',
    },
  ],
  events: corpusIndexFixture.events.map((event) =>
    event.id === 'winter-offensive' ? { ...event, disputedQuestionCount: 3 } : event,
  ),
};

/** The browser with a stand-in for the URL: every change is parsed back like the route does. */
function renderBrowser(raw: Record<string, unknown> = {}) {
  const changes: ListFilters[] = [];
  function Harness() {
    const [search, setSearch] = useState<ListSearch>(() => parseListSearch(raw));
    return (
      <EventBrowser
        index={index}
        search={search}
        rawSearch={raw}
        onChange={(patch) => {
          changes.push(patch);
          setSearch((previous) => parseListSearch({ ...previous, ...patch }));
        }}
      />
    );
  }
  const router = createRouter({
    routeTree: createRootRoute({ component: Harness }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { changes, user: userEvent.setup() };
}

const titles = () =>
  screen.queryAllByRole('listitem').flatMap((item) => {
    const heading = within(item).queryByRole('heading');
    const link = heading ? within(heading).queryByRole('link') : null;
    return link ? [link.textContent] : [];
  });
const count = () => screen.getByRole('status');
const parties = () => screen.getByRole('group', { name: 'Parties' });

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('the party filter’s switches', () => {
  it('rolls members up by default, and "These parties only" keeps the party itself', async () => {
    const { changes, user } = renderBrowser({ actors: 'russia' });
    await screen.findByRole('status');
    // Russia never spoke; its ministry did, and its count says so.
    expect(within(parties()).getByRole('checkbox', { name: 'Russia (2)' })).toBeChecked();
    expect(titles()).toEqual(['L-39 jet brought down', 'Raid on Khan Shaykhun']);
    const members = within(parties()).getByRole('group', { name: 'Bodies belonging to a party' });
    expect(within(members).getByRole('radio', { name: 'With their members' })).toBeChecked();

    await user.click(within(members).getByRole('radio', { name: 'These parties only' }));
    expect(changes.at(-1)).toMatchObject({ members: 'exclude' });
    expect(titles()).toEqual([]);
    expect(within(parties()).getByRole('checkbox', { name: 'Russia (0)' })).toBeVisible();
    expect(screen.getByText(/^No event matches/)).toHaveTextContent(
      'No event matches the party Russia (without its members).',
    );
  });

  it('offers "all of" once two parties are chosen, and drops it when one is left', async () => {
    const { changes, user } = renderBrowser({ actors: 'hts' });
    await screen.findByRole('status');
    expect(within(parties()).queryByRole('group', { name: 'Show events where' })).toBeNull();
    await user.click(within(parties()).getByRole('checkbox', { name: /^Russian Ministry/ }));
    expect(titles()).toEqual([
      'L-39 jet brought down',
      'Raid on Khan Shaykhun',
      'Winter offensive',
    ]);

    const match = within(parties()).getByRole('group', { name: 'Show events where' });
    await user.click(within(match).getByRole('radio', { name: 'Every chosen party made a claim' }));
    expect(changes.at(-1)).toMatchObject({ match: 'all' });
    expect(titles()).toEqual(['L-39 jet brought down']);
    expect(count()).toHaveTextContent('1 of 5 events');
    // The counts now say what ticking a party would leave of what is shown.
    expect(
      screen.getByText(
        'The number beside each party: events shown in which it, or a body belonging to it, also spoke.',
      ),
    ).toBeVisible();
    expect(within(parties()).getByRole('checkbox', { name: 'Syrian army (0)' })).toBeVisible();

    await user.click(within(parties()).getByRole('checkbox', { name: /^Hayat Tahrir al-Sham/ }));
    expect(changes.at(-1)).toEqual({ actors: ['russian-mod'] });
    expect(Object.keys(changes.at(-1) ?? {})).toContain('match');
    expect(within(parties()).queryByRole('group', { name: 'Show events where' })).toBeNull();
  });
});

describe('places, topics, disputes and order', () => {
  it('takes several places, each with the places within it', async () => {
    const { changes, user } = renderBrowser();
    await screen.findByRole('status');
    const place = screen.getByRole('group', { name: 'Place' });
    // Saraqib lies within Idlib: listed under it, and counted in it.
    expect(
      within(place)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Idlib (3)', 'Saraqib (2)', 'Khan Shaykhun (2)']);
    await user.click(within(place).getByRole('checkbox', { name: 'Idlib (3)' }));
    expect(titles()).toEqual([
      'Shelling of Saraqib market',
      'Winter offensive',
      'Displacement from southern Idlib',
    ]);
    await user.click(within(place).getByRole('checkbox', { name: 'Khan Shaykhun (2)' }));
    expect(changes.at(-1)).toMatchObject({ place: ['idlib', 'khan-shaykhun'] });
    // Said above the list, which scrolls on wide screens, in the list's own order.
    expect(
      within(place).getByText(
        (_, element) =>
          element?.tagName === 'P' && element.textContent === 'Chosen: Idlib and Khan Shaykhun',
      ),
    ).toBeVisible();
    expect(count()).toHaveTextContent('5 of 5 events');
  });

  it('keeps old single-value links and reports unknown and malformed values', async () => {
    renderBrowser({ topic: 'aircraft', place: 'khan-shaykhun,atlantis', members: 'everyone' });
    await screen.findByRole('status');
    expect(titles()).toEqual(['L-39 jet brought down']);
    expect(screen.getByText(/could not be used and were ignored/)).toHaveTextContent(
      /members “everyone”.*place “atlantis”/,
    );
  });

  it('shows disputed events only, and sorts the most disputed first', async () => {
    const { changes, user } = renderBrowser();
    await screen.findByRole('status');
    await user.click(screen.getByRole('checkbox', { name: 'Disputed events only' }));
    expect(changes.at(-1)).toMatchObject({ disputed: 'only' });
    expect(count()).toHaveTextContent('4 of 5 events');
    expect(titles()).not.toContain('Displacement from southern Idlib');

    const order = screen.getByRole('group', { name: 'Order' });
    expect(within(order).getByRole('radio', { name: 'By date' })).toBeChecked();
    await user.click(within(order).getByRole('radio', { name: 'Most disputed first' }));
    expect(changes.at(-1)).toMatchObject({ sort: 'disputes' });
    expect(titles()).toEqual([
      'Winter offensive',
      'Shelling of Saraqib market',
      'L-39 jet brought down',
      'Raid on Khan Shaykhun',
    ]);
    // Clearing the filters keeps the order: it is not a filter.
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(titles()[0]).toBe('Winter offensive');
    expect(count()).toHaveTextContent('5 events');
  });
});

describe('the phone’s "Show N events" bar', () => {
  it('counts live while the panel is open, then closes it onto the results', async () => {
    const { user } = renderBrowser();
    await screen.findByRole('status');
    expect(screen.queryByRole('button', { name: /^Show \d+ events?$/ })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Filters' });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Show 5 events' })).toBeVisible();
    await user.click(within(parties()).getByRole('checkbox', { name: /^Syrian Observatory/ }));
    await user.click(screen.getByRole('button', { name: 'Show 3 events' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(count()).toHaveFocus();
  });

  it('says it with Arabic plural forms', async () => {
    await i18n.changeLanguage('ar');
    const { user } = renderBrowser({ actors: 'hts' });
    await screen.findByRole('status');
    await user.click(screen.getByRole('button', { name: /^تصفية النتائج/ }));
    expect(screen.getByRole('button', { name: 'اعرض الحدثين' })).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /^المرصد السوري/ }));
    expect(screen.getByRole('button', { name: 'اعرض 5 أحداث' })).toBeVisible();
  });
});
