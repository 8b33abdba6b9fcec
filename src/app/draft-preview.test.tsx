import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { create } from 'zustand';
import { fixtureFiles, minimalCorpus } from '@/corpus/compiler/corpus-fixture';
import { DraftPreviewPanel } from '@/features/workbench/components/draft-preview-panel';
import { usePreviewEvent } from '@/features/workbench/hooks/preview-event';
import type { NumberedCheck } from '@/features/workbench/hooks/use-draft-check';
import { checkDraft } from '@/features/workbench/utils/check-draft';
import type { DraftFiles } from '@/features/workbench/utils/draft-files';
import { i18n } from '@/lib/i18n';
import { DraftPreview } from './draft-preview';

/** The fixture corpus with a second event, as a draft's files. */
function draftFiles(): DraftFiles {
  const fixture = minimalCorpus();
  const [first] = fixture.events;
  if (!first) throw new Error('the fixture has an event');
  fixture.events.push({
    ...first,
    id: 'tal-milh-aftermath',
    title: { en: 'After Tal Milh', ar: 'بعد تل ملح' },
    claims: first.claims.map((claim) => ({ ...claim, id: `after-${claim.id}` })),
  });
  return Object.fromEntries(
    fixtureFiles(fixture).map((file) => [file.path.slice('data/'.length), file.text]),
  );
}

/** The event the preview opens on: the index's first, until one is edited or picked. */
function firstTitle(check: NumberedCheck): string {
  const first = check.corpus?.index.events[0];
  if (!first) throw new Error('the draft compiles, with events');
  return first.title.en;
}

let revision = 0;
function numbered(files: DraftFiles): NumberedCheck {
  revision += 1;
  return { ...checkDraft(files), revision };
}

function renderPanel(check: NumberedCheck | undefined, files: DraftFiles) {
  const shown = create(() => ({ check, files }));
  const Panel = () => {
    const state = shown();
    return (
      <DraftPreviewPanel
        check={state.check}
        files={state.files}
        renderPreview={(preview) => <DraftPreview key={preview.eventId} {...preview} />}
      />
    );
  };
  const router = createRouter({
    routeTree: createRootRoute({ component: Panel }),
    history: createMemoryHistory({ initialEntries: ['/workbench?draft=d'] }),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return {
    router,
    update: (next: { check: NumberedCheck | undefined; files: DraftFiles }) => {
      act(() => {
        shown.setState(next);
      });
    },
  };
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => {
  usePreviewEvent.getState().reset();
});

describe('the workbench’s live preview', () => {
  it('shows an event of the draft in the reader’s comparison, with each question’s state', async () => {
    document.title = 'Workbench — Riwaya';
    const files = draftFiles();
    const check = numbered(files);
    renderPanel(check, files);
    const title = await screen.findByRole('heading', { level: 2, name: firstTitle(check) });
    expect(title).toBeInTheDocument();
    // The page keeps its h1, its tab title and its width.
    expect(title.closest('article')).not.toHaveAttribute('data-wide-view');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(document.title).toBe('Workbench — Riwaya');
    // "Were there losses?": one party asserts, the other denies.
    expect((await screen.findAllByText('Disputed')).length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Event' })).toHaveValue(
      check.corpus?.index.events[0]?.id,
    );
    // No sharing: a draft has no address yet.
    expect(screen.queryByRole('button', { name: /copy link/i })).toBeNull();
  });

  it('keeps the last version that passed the check while the draft has problems, and says so', async () => {
    const files = draftFiles();
    const check = numbered(files);
    const panel = renderPanel(check, files);
    await screen.findByRole('heading', { level: 2, name: firstTitle(check) });
    const broken = { ...files, 'events/tal-milh-attack.json': '{' };
    const failed = numbered(broken);
    panel.update({ check: failed, files: broken });
    const problems = failed.problems.length + failed.unlisted;
    expect(problems).toBeGreaterThan(0);
    expect(
      screen.getByText(i18n.t('workbench.preview.stale', { count: problems })),
    ).toBeInTheDocument();
    // The event just edited, as it was when the draft last passed.
    expect(screen.getByRole('heading', { level: 2, name: 'Fighting at Tal Milh' })).toBeVisible();
  });

  it('shows the event last edited, or the one the claim form asks for, and any from the picker', async () => {
    const files = draftFiles();
    const panel = renderPanel(numbered(files), files);
    act(() => {
      usePreviewEvent.getState().show('tal-milh-attack');
    });
    await screen.findByRole('heading', { level: 2, name: 'Fighting at Tal Milh' });

    const text = files['events/tal-milh-aftermath.json'] ?? '';
    const edited = { ...files, 'events/tal-milh-aftermath.json': text.replace('After', 'Later') };
    panel.update({ check: numbered(edited), files: edited });
    expect(await screen.findByRole('heading', { level: 2, name: 'Later Tal Milh' })).toBeVisible();

    act(() => {
      usePreviewEvent.getState().show('tal-milh-attack');
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Fighting at Tal Milh' }),
    ).toBeVisible();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Event' }),
      'Later Tal Milh',
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Later Tal Milh' })).toBeVisible();
  });

  it('keeps a click on a link inside the preview in the workbench', async () => {
    const files = draftFiles();
    const check = numbered(files);
    const panel = renderPanel(check, files);
    const article = (
      await screen.findByRole('heading', { level: 2, name: firstTitle(check) })
    ).closest('article');
    if (!article) throw new Error('the comparison is an article');
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const links = await within(article).findAllByRole('link');
    expect(links.some((link) => !link.getAttribute('href')?.startsWith('#'))).toBe(true);
    for (const link of links) await userEvent.click(link);
    expect(panel.router.state.location.pathname).toBe('/workbench');
    expect(panel.router.state.location.hash).toBe('');
    // A link to a place in the comparison (#figures) scrolls the preview there.
    await userEvent.click(
      within(article).getByRole('link', { name: i18n.t('compare.figuresPanel.jump') }),
    );
    expect(scrolled).toHaveBeenCalled();
  });

  it('says plainly when the draft has no event yet, or has never passed the check', async () => {
    const files = draftFiles();
    const noEvent = Object.fromEntries(
      Object.entries(files).filter(([path]) => !path.startsWith('events/')),
    );
    const panel = renderPanel(numbered(noEvent), noEvent);
    expect(await screen.findByText(i18n.t('workbench.preview.noEvent'))).toBeInTheDocument();

    const broken = { ...files, 'events/tal-milh-attack.json': '{' };
    const failed = numbered(broken);
    panel.update({ check: failed, files: broken });
    expect(
      screen.getByText(
        i18n.t('workbench.preview.waiting', { count: failed.problems.length + failed.unlisted }),
      ),
    ).toBeInTheDocument();
  });
});
