import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { eventShardQueryOptions } from '@/api/get-event-shard';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import type { CorpusIndex, EventShard } from '@/corpus/shards';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { ActorPage } from './actor-page';

// The index as loaded; the page's own loading and error states are not under test here.
const loaded = vi.hoisted((): { index: unknown } => ({ index: undefined }));
vi.mock('@/api/get-corpus-index', () => ({
  useCorpusIndex: () => ({ data: loaded.index, isPending: false, isError: false }),
}));

const day = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;

// The ministry spoke in two events; its base, which belongs to it, in a third.
const index: CorpusIndex = {
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors,
    {
      id: 'hmeimim-base',
      name: { en: 'Hmeimim base', ar: 'حميميم' },
      aliases: { ar: [], en: [] },
      kind: 'armed-forces',
      side: 'government',
      memberOf: 'russian-mod',
    },
  ],
  events: [
    ...corpusIndexFixture.events,
    {
      id: 'base-statement',
      title: { en: 'A statement from the base', ar: 'بيان من القاعدة' },
      summary: { en: 'Summary', ar: 'ملخص' },
      date: { from: day },
      places: [],
      topics: [],
      parties: ['hmeimim-base'],
      claimCount: 1,
      questionCount: 1,
      disputedQuestionCount: 0,
      shard: 'events/base-statement.abcdef12.json',
    },
  ],
};

const baseShard: EventShard = {
  formatVersion: SHARD_FORMAT_VERSION,
  event: {
    id: 'base-statement',
    title: { en: 'A statement from the base', ar: 'بيان من القاعدة' },
    summary: { en: 'Summary', ar: 'ملخص' },
    date: { from: day },
    places: [],
    topics: [],
    questions: [{ id: 'q', label: { en: 'Was it hit?', ar: 'هل أصيبت؟' } }],
    scopes: [],
  },
  claims: [
    {
      id: 'base-claim',
      question: 'q',
      saidBy: 'hmeimim-base',
      reportedBy: [],
      source: 'source',
      quote: 'نص الادعاء',
      stance: 'asserts',
      figures: [],
      saidOn: day,
      event: 'base-statement',
      language: 'ar',
      quoteStart: 0,
      quoteEnd: 10,
    },
  ],
  sources: [],
};

async function renderActorPage(
  actorId: string,
  language: 'en' | 'ar',
  { withMembers = true, corpus = index }: { withMembers?: boolean; corpus?: CorpusIndex } = {},
) {
  await i18n.changeLanguage(language);
  loaded.index = corpus;
  const choices: boolean[] = [];
  function Harness() {
    const [members, setMembers] = useState(withMembers);
    return (
      <ActorPage
        actorId={actorId}
        withMembers={members}
        onWithMembersChange={(choice) => {
          choices.push(choice);
          setMembers(choice);
        }}
      />
    );
  }
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  queryClient.setQueryData(
    eventShardQueryOptions('events/base-statement.abcdef12.json', bundledCorpusSource).queryKey,
    baseShard,
  );
  const router = createRouter({
    routeTree: createRootRoute({ component: Harness }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const heading = await screen.findByRole('heading', { level: 1 });
  return { heading, choices, user: userEvent.setup() };
}

const eventHeadings = () =>
  screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('ActorPage', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('names an unknown id on its not-found page, isolated from the sentence', async () => {
    const { heading } = await renderActorPage('no-such-party', 'en');
    expect(heading).toHaveTextContent('No such party');
    const body = screen.getByText((_, element) => element?.tagName === 'P');
    expect(body.textContent).toBe('No party has the id “no-such-party” in this corpus.');
    expect([...body.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'no-such-party',
    ]);
  });

  it('keeps a Latin id from reordering the Arabic sentence', async () => {
    await renderActorPage('no-such-party', 'ar');
    const body = screen.getByText((_, element) => element?.tagName === 'P');
    expect(body.textContent).toBe('لا يحمل أي طرف في مجموعة النصوص هذه المعرّف «no-such-party».');
    expect(body.querySelector('bdi')).toHaveTextContent(/^no-such-party$/);
  });
});

describe('ActorPage membership', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('by default gathers the events of the party and of the bodies that belong to it', async () => {
    await renderActorPage('russian-mod', 'en');
    const group = screen.getByRole('group', { name: 'Claims shown' });
    expect(within(group).getByRole('radio', { name: 'With its members (1 body)' })).toBeChecked();
    expect(eventHeadings()).toEqual([
      'L-39 jet brought down',
      'Raid on Khan Shaykhun',
      'A statement from the base',
    ]);
    expect(screen.getByRole('link', { name: 'See the 3 events it spoke in' })).toHaveAttribute(
      'href',
      expect.not.stringContaining('members'),
    );
  });

  it('names the body that made each claim', async () => {
    await renderActorPage('russian-mod', 'en');
    const card = (await screen.findByText('نص الادعاء')).closest('article');
    if (!card) throw new Error('no claim card');
    expect(within(card).getByRole('link', { name: 'Hmeimim base' })).toHaveAttribute(
      'href',
      '/actors/hmeimim-base',
    );
  });

  it('switches to the party alone, and the list link carries the choice', async () => {
    const { user, choices } = await renderActorPage('russian-mod', 'en');
    await user.click(screen.getByRole('radio', { name: 'This party only' }));
    expect(choices).toEqual([false]);
    expect(screen.getByRole('radio', { name: 'This party only' })).toBeChecked();
    expect(eventHeadings()).toEqual(['L-39 jet brought down', 'Raid on Khan Shaykhun']);
    expect(screen.getByRole('link', { name: 'See the 2 events it spoke in' })).toHaveAttribute(
      'href',
      expect.stringContaining('members=exclude'),
    );
  });

  it('opens as "this party only" when the URL says so', async () => {
    await renderActorPage('russian-mod', 'en', { withMembers: false });
    expect(screen.getByRole('radio', { name: 'This party only' })).toBeChecked();
    expect(eventHeadings()).not.toContain('A statement from the base');
  });

  it('offers no switch to a party nothing belongs to', async () => {
    await renderActorPage('sohr', 'en');
    expect(screen.queryByRole('group', { name: 'Claims shown' })).toBeNull();
  });

  it('says it in Arabic', async () => {
    await renderActorPage('russian-mod', 'ar');
    expect(screen.getByRole('radio', { name: 'مع الجهات التابعة (جهة واحدة)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'هذا الطرف وحده' })).not.toBeChecked();
  });
});
