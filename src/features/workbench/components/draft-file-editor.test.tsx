import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDraftStore } from '../hooks/draft-store';
import type { DraftCheck } from '../utils/check-draft';
import { emptyDraftFiles } from '../utils/draft-files';
import { DraftFilesList } from './draft-files-list';

const record = {
  id: 'd',
  title: 'Draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
};
const files = emptyDraftFiles('tal-malah', { ar: 'تل ملح', en: 'Tal Malah' });
const check: DraftCheck = {
  problems: [
    {
      line: 'data/sides.json: $.sides[0].label.ar: Arabic text must not be empty',
      error: {
        file: 'data/sides.json',
        path: '$.sides[0].label.ar',
        message: 'Arabic text must not be empty',
      },
    },
  ],
  unlisted: 0,
  ms: 1,
};

function renderList(withCheck: DraftCheck = check) {
  return render(<DraftFilesList files={useDraftStore.getState().files} check={withCheck} />);
}

describe('editing a draft file as text', () => {
  beforeEach(() => {
    useDraftStore.getState().open(record, files);
  });

  it('counts each file’s problems in the list and lists them at the file being edited', async () => {
    renderList();
    const sides = screen
      .getAllByRole('listitem')
      .find((item) => item.textContent.startsWith('sides.json'));
    expect(sides && within(sides).getByText('1 problem')).toBeInTheDocument();
    expect(screen.getAllByText(/\d problems?$/)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Edit sides.json' }));
    const editor = screen.getByRole('region', { name: /sides\.json/ });
    expect(
      within(editor).getByText('$.sides[0].label.ar: Arabic text must not be empty'),
    ).toBeVisible();
    expect(within(editor).getByRole('textbox')).toHaveValue(files['sides.json']);
    // Source texts are never edited as text here: they stay byte for byte.
    expect(screen.queryByRole('button', { name: /Edit sources\// })).toBeNull();
  });

  it('refuses to save a text that is not JSON, and saves a fix as one step of undo', async () => {
    renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Edit corpus.json' }));
    const editor = screen.getByRole('region', { name: /corpus\.json/ });
    const area = within(editor).getByRole('textbox');
    const save = within(editor).getByRole('button', { name: 'Save the file' });
    expect(save).toBeDisabled();
    await userEvent.clear(area);
    await userEvent.type(area, '{{"id": ');
    expect(within(editor).getByText(/^Not JSON yet/)).toBeVisible();
    expect(save).toBeDisabled();
    expect(useDraftStore.getState().files['corpus.json']).toBe(files['corpus.json']);

    const fixed = (files['corpus.json'] ?? '').replace('"Tal Malah"', '"Tal Malah, 2019"');
    await userEvent.clear(area);
    await userEvent.click(area);
    await userEvent.paste(fixed);
    await userEvent.click(save);
    expect(useDraftStore.getState().files['corpus.json']).toBe(fixed);
    expect(useDraftStore.getState().past).toHaveLength(1);
    // Undone elsewhere (the editor's undo button), the open editor shows the file as it is again.
    useDraftStore.getState().undo();
    expect(await within(editor).findByDisplayValue(/"Tal Malah"/)).toBeInTheDocument();
  });
});
