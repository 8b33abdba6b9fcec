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
import { directoryShardQueryOptions } from '@/api/get-directory-shard';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import type { CorpusIndex, DirectoryShard } from '@/corpus/shards';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { PartyDirectoryView } from './party-directory-view';

const directoryPath = 'directory/parties.abcdef12.json';

const indexWith = (directory: string | undefined): CorpusIndex => ({
  ...corpusIndexFixture,
  actors: [
    ...corpusIndexFixture.actors,
    {
      id: 'wasila',
      name: { en: 'al-Wasila', ar: 'الوسيلة' },
      aliases: { ar: [], en: [] },
      kind: 'media-outlet',
      side: 'opposition',
    },
  ],
  ...(directory ? { directory } : {}),
});

const directory: DirectoryShard = {
  formatVersion: SHARD_FORMAT_VERSION,
  actors: [
    { id: 'russian-mod', claims: 5, events: 2, contestedQuestions: 3 },
    { id: 'syrian-army', claims: 2, events: 2, contestedQuestions: 1 },
    { id: 'hts', claims: 4, events: 2, contestedQuestions: 0 },
    { id: 'sohr', claims: 3, events: 3, contestedQuestions: 2 },
    { id: 'silent-actor', claims: 0, events: 0, contestedQuestions: 0 },
    { id: 'wasila', claims: 0, events: 0, contestedQuestions: 0 },
  ],
  sources: [],
};

/** The view with a stand-in for the URL's query; the directory shard cached, or left to fail. */
async function renderDirectory(
  index: CorpusIndex,
  { cached = true, query = '' }: { cached?: boolean; query?: string } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  if (cached && index.directory) {
    queryClient.setQueryData(
      directoryShardQueryOptions(index.directory, bundledCorpusSource).queryKey,
      directory,
    );
  }
  function Harness() {
    const [q, setQ] = useState(query);
    return <PartyDirectoryView index={index} query={q.trim()} onQueryChange={setQ} />;
  }
  const router = createRouter({
    routeTree: createRootRoute({ component: Harness }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await screen.findByRole('searchbox', { name: /find a party|ابحث عن طرف/i });
  return userEvent.setup();
}

const sideHeadings = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const entry = (name: string) => {
  const item = screen.getByRole('link', { name }).closest('li');
  if (!item) throw new Error(`no entry for ${name}`);
  return item;
};
const shownParties = () =>
  screen.queryAllByRole('listitem').map((item) => item.getAttribute('data-party'));

describe('PartyDirectoryView', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('groups every party by side in the corpus order, then by kind', async () => {
    await renderDirectory(indexWith(directoryPath));
    expect(await screen.findAllByRole('heading', { level: 2 })).toHaveLength(3);
    expect(sideHeadings()).toEqual([
      'Government and allies (2 parties)',
      'Opposition (2 parties)',
      'Monitors (2 parties)',
    ]);
    const opposition = screen.getByRole('region', { name: /^Opposition/ });
    expect(
      within(opposition)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Armed forces', 'Media outlets']);
    expect(shownParties()).toHaveLength(6);
  });

  it('links each name to its party page and gives its other-language name', async () => {
    await renderDirectory(indexWith(directoryPath));
    const link = await screen.findByRole('link', { name: 'Syrian Observatory for Human Rights' });
    expect(link).toHaveAttribute('href', '/actors/sohr');
    const other = within(entry('Syrian Observatory for Human Rights')).getByText('المرصد السوري');
    expect(other).toHaveAttribute('lang', 'ar');
    expect(other).toHaveAttribute('dir', 'rtl');
  });

  it('shows claims, events and contested questions from the directory', async () => {
    await renderDirectory(indexWith(directoryPath));
    await screen.findByRole('link', { name: 'Russian Ministry of Defence' });
    expect(entry('Russian Ministry of Defence')).toHaveTextContent(
      '5 claims · 2 events · contradicted on 3 questions',
    );
    expect(entry('An actor with no claims')).toHaveTextContent(
      '0 claims · 0 events · not contradicted by another party',
    );
  });

  it('says an outlet is aligned with its side, not a combatant of it', async () => {
    await renderDirectory(indexWith(directoryPath));
    await screen.findByRole('link', { name: 'al-Wasila' });
    expect(entry('al-Wasila')).toHaveTextContent('Media outlet aligned with: Opposition');
    expect(entry('Hayat Tahrir al-Sham')).not.toHaveTextContent('aligned');
  });

  it('gives a party others belong to its events with them, as its page counts them', async () => {
    const base = indexWith(directoryPath);
    await renderDirectory({
      ...base,
      actors: [
        ...base.actors.map((actor) =>
          actor.id === 'russian-mod' ? { ...actor, memberOf: 'russia' } : actor,
        ),
        {
          id: 'russia',
          name: { en: 'Russia', ar: 'روسيا' },
          aliases: { ar: [], en: [] },
          kind: 'state-body',
          side: 'government',
        },
      ],
    });
    await screen.findAllByRole('link', { name: 'Russia' });
    const russia = document.querySelector('li[data-party="russia"]');
    expect(russia).toHaveTextContent('0 events');
    expect(russia).toHaveTextContent('With its members (1 body): 2 events');
    expect(entry('Syrian army')).not.toHaveTextContent('With its members');
  });

  it('without a directory, counts events from the index and says the rest is not available', async () => {
    await renderDirectory(indexWith(undefined));
    expect(
      await screen.findByText(/counts of claims and of contested questions are not available/),
    ).toBeVisible();
    expect(entry('Syrian Observatory for Human Rights')).toHaveTextContent(/^.*3 events$/);
    expect(entry('Syrian Observatory for Human Rights')).not.toHaveTextContent('claim');
    expect(shownParties()).toHaveLength(6);
  });

  it('when the directory fails, says so with a retry and still lists the parties', async () => {
    await renderDirectory(indexWith(directoryPath), { cached: false });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(entry('Hayat Tahrir al-Sham')).toHaveTextContent(/2 events$/);
  });

  it('finds parties by name and alias, folded, and never inside a word', async () => {
    const user = await renderDirectory(indexWith(directoryPath));
    const box = screen.getByRole('searchbox', { name: 'Find a party' });
    await user.type(box, 'hts');
    expect(shownParties()).toEqual([]);
    await user.clear(box);
    await user.type(box, 'rights');
    expect(shownParties()).toEqual(['sohr']);
    await user.clear(box);
    await user.type(box, 'قوات الاسد');
    expect(shownParties()).toEqual(['syrian-army']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 6 parties');
  });

  it('says when nothing matches, and clears the search', async () => {
    const user = await renderDirectory(indexWith(directoryPath), { query: 'zzz' });
    expect(await screen.findByText('No party matches “zzz”.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(shownParties()).toHaveLength(6);
  });

  it('speaks Arabic in Arabic', async () => {
    await i18n.changeLanguage('ar');
    await renderDirectory(indexWith(directoryPath));
    await screen.findByRole('link', { name: 'الوسيلة' });
    expect(sideHeadings()[0]).toBe('الحكومة وحلفاؤها (طرفان)');
    expect(entry('الوسيلة')).toHaveTextContent('وسيلة إعلام، انتماؤها: المعارضة');
    expect(entry('وزارة الدفاع الروسية')).toHaveTextContent(
      '5 ادعاءات · حدثان · تعارضٌ مع روايات أخرى في 3 أسئلة',
    );
  });
});
