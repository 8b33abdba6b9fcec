import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { parseCompareSearch } from '@/features/compare/utils/compare-search';
import { parseCorpusSearch } from '@/lib/corpus-source/corpus-param';
import { parseListSearch } from '@/lib/event-filters/list-search';
import { parseRootSearch } from '@/lib/url-search';
import { parseSearch, stringifySearch } from './search-params';
import { shownFragment, useCanonicalUrl } from './use-canonical-url';

function Probe({ children }: { children?: React.ReactNode }) {
  const getUrl = useCanonicalUrl();
  return (
    <main>
      {children}
      <output>{getUrl()}</output>
    </main>
  );
}

/** The app's validators on the app's paths, in memory. */
function renderAt(href: string) {
  const root = createRootRoute({
    validateSearch: (raw: Record<string, unknown>) => ({
      ...parseRootSearch(raw),
      ...parseCorpusSearch(raw),
    }),
    component: Outlet,
  });
  const list = createRoute({
    getParentRoute: () => root,
    path: '/',
    validateSearch: parseListSearch,
    component: () => <Probe />,
  });
  const event = createRoute({
    getParentRoute: () => root,
    path: '/events/$eventId',
    validateSearch: parseCompareSearch,
    component: () => <Probe />,
  });
  const router = createRouter({
    routeTree: root.addChildren([list, event]),
    history: createMemoryHistory({ initialEntries: [href] }),
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: () => <Probe />,
  });
  render(<RouterProvider router={router} />);
}

describe('useCanonicalUrl', () => {
  it("keeps what the list's validator understands and drops the rest", async () => {
    renderAt('/?utm_source=chat&q=L-39&actors=russian-mod,%3Cx%3E&from=2019-06-01&to=garbage');
    expect(await screen.findByRole('status')).toHaveTextContent(
      `${window.location.origin}/?actors=russian-mod&from=2019-06-01&q=L-39`,
    );
  });

  it("keeps the comparison's parties and text mode, and the imported corpus", async () => {
    renderAt('/events/e?text=original&corpus=test&actors=b,a&page=3&lang=en');
    expect(await screen.findByRole('status')).toHaveTextContent(
      `${window.location.origin}/events/e?actors=b,a&text=original&corpus=test`,
    );
  });

  it('keeps only the language and the corpus on a page the routes do not know', async () => {
    renderAt('/no/such/page?q=x&corpus=test');
    expect(await screen.findByRole('status')).toHaveTextContent(
      `${window.location.origin}/no/such/page?corpus=test`,
    );
  });
});

describe('shownFragment', () => {
  const page = (html: string) => {
    const doc = document.implementation.createHTMLDocument();
    doc.body.innerHTML = html;
    return doc;
  };

  it('keeps a fragment that names an element of the content', () => {
    const doc = page(
      '<main id="main"><span id="claim-ü"></span><section id="figures"></section></main>',
    );
    expect(shownFragment('#claim-%C3%BC', doc)).toBe('claim-%C3%BC');
    expect(shownFragment('#figures', doc)).toBe('figures');
  });

  it('drops the skip link, a claim the page does not hold, and a malformed fragment', () => {
    const doc = page('<a href="#main">Skip</a><main id="main"><span id="c"></span></main>');
    expect(shownFragment('#main', doc)).toBeUndefined();
    expect(shownFragment('#other-claim', doc)).toBeUndefined();
    expect(shownFragment('#%E0%A4%A', doc)).toBeUndefined();
    expect(shownFragment('', doc)).toBeUndefined();
  });

  it("keeps a self-contained link's data whatever the page holds", () => {
    expect(shownFragment('#data=abc_-1', page('<main></main>'))).toBe('data=abc_-1');
  });
});
