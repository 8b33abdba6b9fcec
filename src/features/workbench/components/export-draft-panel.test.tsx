import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDraftDatabase, loadDraft } from '../api/draft-db';
import { useDraftStore } from '../hooks/draft-store';
import { ExportActionsContext, type OpenInRiwayaProps } from '../hooks/export-actions';
import type { DraftCheck } from '../utils/check-draft';
import { emptyDraftFiles, WORKBENCH_FOLDER } from '../utils/draft-files';
import { fakeFolder, type FakeTree } from '../utils/folder-fixture';
import { ExportDraftPanel } from './export-draft-panel';

const record = {
  id: 'd',
  title: 'Draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
};
const files = {
  ...emptyDraftFiles('tal-malah', { ar: 'تل ملح', en: 'Tal Malah' }),
  [`${WORKBENCH_FOLDER}pending-claims.json`]: '[]\n',
};
const passing: DraftCheck = { problems: [], unlisted: 0, ms: 1 };
const failing: DraftCheck = {
  problems: [
    {
      line: 'data/events/x.json: $.claims[0].quote: not found',
      error: { file: 'data/events/x.json', path: '$.claims[0].quote', message: 'not found' },
    },
  ],
  unlisted: 0,
  ms: 1,
};

/** A paragraph by its whole text: folder and file names sit in <bdi>s inside it. */
const paragraph = (pattern: RegExp) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && pattern.test(element.textContent);

/** What the app's route gives the panel: here, a button that keeps the zip it is handed. */
function renderPanel(
  check: DraftCheck | undefined,
  opened: File[] = [],
  openDraft: (id: string) => void = () => undefined,
) {
  const renderOpenInRiwaya = ({ label, zipFile }: OpenInRiwayaProps): ReactNode => (
    <button type="button" onClick={() => opened.push(zipFile())}>
      {label}
    </button>
  );
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ExportActionsContext value={{ renderOpenInRiwaya, openDraft }}>
        <ExportDraftPanel files={files} check={check} />
      </ExportActionsContext>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  useDraftStore.getState().open(record, files);
});
afterEach(async () => {
  Reflect.deleteProperty(window, 'showDirectoryPicker');
  await closeDraftDatabase();
});

describe('ExportDraftPanel', () => {
  it('says in words why "Open in Riwaya" waits while the draft has problems', () => {
    renderPanel(failing);
    expect(screen.getByRole('button', { name: 'Open in Riwaya' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Open in Riwaya' })).toHaveAccessibleDescription(
      /must pass the check first/,
    );
    expect(screen.getByText(/must pass the check first/)).toBeVisible();
    expect(screen.getByText(/still has 1 problem/)).toBeVisible();
    // The zip is still offered: the author may want the files as they are.
    expect(screen.getByRole('button', { name: 'Download as zip' })).toBeEnabled();
  });

  it('hands the app the draft zip, without .workbench/, once the check passes', async () => {
    const opened: File[] = [];
    renderPanel(passing, opened);
    await userEvent.click(screen.getByRole('button', { name: 'Open in Riwaya' }));
    const [file] = opened;
    if (!file) throw new Error('no zip handed over');
    expect(file.name).toBe('tal-malah.zip');
    const paths = Object.keys(unzipSync(new Uint8Array(await file.arrayBuffer())));
    expect(paths).toContain('tal-malah/corpus.json');
    expect(paths.filter((path) => path.includes(WORKBENCH_FOLDER))).toEqual([]);
  });

  it('leaves the folder buttons out where the browser cannot pick folders', () => {
    renderPanel(passing);
    expect(screen.queryByRole('button', { name: 'Save into a folder…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Open a folder…' })).toBeNull();
    expect(screen.getByText(/the zip is the way/)).toBeVisible();
  });

  it('saves into a chosen folder and says what it wrote', async () => {
    const tree: FakeTree = {};
    const picker = vi.fn(() => Promise.resolve(fakeFolder('my-corpus', tree)));
    Object.assign(window, { showDirectoryPicker: picker });
    renderPanel(passing);
    await userEvent.click(screen.getByRole('button', { name: 'Save into a folder…' }));
    const report = await screen.findByText(
      paragraph(/^Saved into “my-corpus”: \d+ files written\.$/),
    );
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ mode: 'readwrite' }));
    const listed = within(report.parentElement ?? document.body).getAllByRole('listitem');
    expect(listed.map((item) => item.textContent)).toContain('corpus.json');
    expect(typeof tree['corpus.json']).toBe('string');
    expect(tree['.workbench']).toBeUndefined();
    // The folder is remembered for this draft: the next save needs no dialog.
    await userEvent.click(screen.getByRole('button', { name: 'Save into “my-corpus”' }));
    expect(
      await screen.findByText(
        paragraph(/^Nothing to save: every file in “my-corpus” is already as in the draft\.$/),
      ),
    ).toBeVisible();
    expect(picker).toHaveBeenCalledTimes(1);
  });

  it('names the file a folder save failed on', async () => {
    Object.assign(window, {
      showDirectoryPicker: () => Promise.resolve(fakeFolder('out', {}, new Set(['metrics.json']))),
    });
    renderPanel(passing);
    await userEvent.click(screen.getByRole('button', { name: 'Save into a folder…' }));
    expect(
      await screen.findByText(
        paragraph(/^metrics\.json could not be written into “out”: The disk is full\./),
      ),
    ).toBeVisible();
    expect(screen.getByText('2 files were written before it:')).toBeVisible();
  });

  it("opens a checkout's corpus folder as a new stored draft, and opens it", async () => {
    const data: FakeTree = {
      ...emptyDraftFiles('tal-malah', { ar: 'تل ملح', en: 'Tal Malah' }),
      sources: { 'a.txt': 'نص\r\nكما هو' },
      schema: { 'event.schema.json': '{}' },
    };
    const picker = vi.fn(() =>
      Promise.resolve(fakeFolder('riwaya', { data, '.git': { HEAD: 'x' } })),
    );
    Object.assign(window, { showDirectoryPicker: picker });
    const openDraft = vi.fn<(id: string) => void>();
    renderPanel(passing, [], openDraft);
    await userEvent.click(screen.getByRole('button', { name: 'Open a folder…' }));
    await vi.waitFor(() => {
      expect(openDraft).toHaveBeenCalledOnce();
    });
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ mode: 'read' }));
    const id = openDraft.mock.calls[0]?.[0] ?? '';
    const stored = await loadDraft(id);
    expect(stored?.record.title).toBe('Tal Malah');
    expect(Object.keys(stored?.files ?? {}).sort()).toEqual([
      'actors.json',
      'corpus.json',
      'metrics.json',
      'places.json',
      'sides.json',
      'sources/a.txt',
      'topics.json',
    ]);
    expect(stored?.files['sources/a.txt']).toBe('نص\r\nكما هو');
  });

  it('says so when the folder holds no corpus, and opens nothing', async () => {
    Object.assign(window, {
      showDirectoryPicker: () => Promise.resolve(fakeFolder('Downloads', { 'a.pdf': 'x' })),
    });
    const openDraft = vi.fn<(id: string) => void>();
    renderPanel(passing, [], openDraft);
    await userEvent.click(screen.getByRole('button', { name: 'Open a folder…' }));
    expect(
      await screen.findByText(paragraph(/^“Downloads” holds no corpus\.json, nor a data folder/)),
    ).toBeVisible();
    expect(openDraft).not.toHaveBeenCalled();
  });
});
