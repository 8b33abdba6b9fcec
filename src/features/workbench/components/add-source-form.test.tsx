import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDraftStore } from '../hooks/draft-store';
import { emptyDraftFiles } from '../utils/draft-files';
import { AddSourceForm } from './add-source-form';

const record = {
  id: 'd',
  title: 'Draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
};
const existing = {
  'sources/old.json': '{}',
  'sources/old.txt': 'قالت الوزارة إن 40 جنديا قتلوا.\n',
};

beforeEach(() => {
  useDraftStore
    .getState()
    .open(record, { ...emptyDraftFiles('c', { ar: 'م', en: 'C' }), ...existing });
});

function fillMetadata(id: string) {
  return (async () => {
    await userEvent.type(screen.getByLabelText('Source id'), id);
    await userEvent.type(screen.getByLabelText('Title, as published'), 'بيان');
    await userEvent.type(screen.getByRole('textbox', { name: 'Publication date' }), '2020-01-23');
  })();
}

const textField = () => screen.getByRole('textbox', { name: 'Text of the article' });

describe('AddSourceForm', () => {
  it('adds a pasted source to the draft, its text as typed', async () => {
    render(<AddSourceForm />);
    await userEvent.type(textField(), 'نفت الجبهة الوطنية للتحرير ذلك.');
    await fillMetadata('denial');
    // No outlet named: why not is asked at its fields, in both languages, before anything is written.
    await userEvent.click(screen.getByRole('button', { name: 'Add the source' }));
    for (const label of ['Why no outlet is named (English)', 'Why no outlet is named (Arabic)']) {
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription('Fill this in.');
    }
    expect(useDraftStore.getState().past).toHaveLength(0);
    await userEvent.type(
      screen.getByLabelText('Why no outlet is named (English)'),
      'A statement passed round on messaging apps.',
    );
    await userEvent.type(screen.getByLabelText('Why no outlet is named (Arabic)'), 'بيان متداول.');
    await userEvent.click(screen.getByRole('button', { name: 'Add the source' }));
    expect(screen.getByRole('status')).toHaveTextContent('Source “denial” added.');
    const { files, past } = useDraftStore.getState();
    expect(files['sources/denial.txt']).toBe('نفت الجبهة الوطنية للتحرير ذلك.');
    expect(JSON.parse(files['sources/denial.json'] ?? '')).toMatchObject({
      id: 'denial',
      published: { value: '2020-01-23', precision: 'day', basis: 'stated' },
      textFile: 'denial.txt',
    });
    expect(past).toHaveLength(1);
  });

  it('says at the text field that a source is already in the draft, and adds nothing', async () => {
    render(<AddSourceForm />);
    await userEvent.type(textField(), 'قالت   الوزارة إن 40 جنديا قتلوا.');
    await fillMetadata('again');
    await userEvent.click(screen.getByRole('button', { name: 'Add the source' }));
    expect(textField()).toHaveAccessibleDescription(
      expect.stringContaining('This text is already in the draft, as the source “old”.'),
    );
    expect(textField()).toBeInvalid();
    expect(useDraftStore.getState().past).toHaveLength(0);
  });

  it('refuses a binary file and a wrongly encoded one at the text field, keeping what was typed', async () => {
    render(<AddSourceForm />);
    await userEvent.type(textField(), 'مسودة');
    const chooser = screen.getByLabelText('Choose a file');
    await userEvent.upload(chooser, new File([new Uint8Array([0x89, 0x50, 0, 0])], 'photo.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not text/);
    await userEvent.upload(chooser, new File([new Uint8Array([0xe3, 0xd5, 0xcf])], 'old.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not UTF-8/);
    expect(textField()).toHaveValue('مسودة');
  });

  it('reads an HTML file as its words, its scripts dropped', async () => {
    render(<AddSourceForm />);
    const page = '<html><body><script>alert(1)</script><p>قال المصدر</p></body></html>';
    await userEvent.upload(
      screen.getByLabelText('Choose a file'),
      new File([page], 'page.html', { type: 'text/html' }),
    );
    expect(await screen.findByText('Read from page.html.')).toBeInTheDocument();
    expect(textField()).toHaveValue('قال المصدر\n');
  });

  it('marks a bad id and a missing title at their fields', async () => {
    render(<AddSourceForm />);
    await userEvent.type(textField(), 'نص جديد');
    await userEvent.type(screen.getByLabelText('Source id'), 'Not A Slug');
    await userEvent.click(screen.getByRole('button', { name: 'Add the source' }));
    expect(screen.getByLabelText('Source id')).toHaveAccessibleDescription(
      expect.stringContaining('Use lower-case Latin letters'),
    );
    expect(screen.getByLabelText('Title, as published')).toHaveAccessibleDescription(
      'Fill this in.',
    );
  });
});
