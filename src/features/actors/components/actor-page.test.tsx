import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { ActorPage } from './actor-page';

// The index as loaded; the page's own loading and error states are not under test here.
vi.mock('@/api/get-corpus-index', () => ({
  useCorpusIndex: () => ({ data: corpusIndexFixture, isPending: false, isError: false }),
}));

async function renderActorPage(actorId: string, language: 'en' | 'ar') {
  await i18n.changeLanguage(language);
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => <ActorPage actorId={actorId} />,
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(<RouterProvider router={router} />);
  return screen.findByRole('heading', { level: 1 });
}

describe('ActorPage', () => {
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('names an unknown id on its not-found page, isolated from the sentence', async () => {
    expect(await renderActorPage('no-such-party', 'en')).toHaveTextContent('No such party');
    const body = screen.getByText((_, element) => element?.tagName === 'P');
    expect(body.textContent).toBe('No party has the id “no-such-party” in this corpus.');
    expect([...body.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual([
      'no-such-party',
    ]);
  });

  it('keeps a Latin id from reordering the Arabic sentence', async () => {
    await renderActorPage('no-such-party', 'ar');
    const body = screen.getByText((_, element) => element?.tagName === 'P');
    expect(body.textContent).toBe('لا يحمل أي طرف في هذه المدوّنة المعرّف «no-such-party».');
    expect(body.querySelector('bdi')).toHaveTextContent(/^no-such-party$/);
  });
});
