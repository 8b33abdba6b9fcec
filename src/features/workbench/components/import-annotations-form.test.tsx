import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import { useDraftStore } from '../hooks/draft-store';
import { addSource } from '../utils/add-source';
import { emptyDraftFiles } from '../utils/draft-files';
import { pendingClaimsOf } from '../utils/pending-claims';
import annotationFile from '../utils/fixtures/seed-003-annotations.jsonld?raw';
import { ImportAnnotationsForm } from './import-annotations-form';

const seedText = Object.values(
  import.meta.glob<string>('../../../../data/sources/unnamed-2020-01-russian-mod-40-soldiers.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)[0];

const record = {
  id: 'd',
  title: 'Draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
};
const empty = emptyDraftFiles('c', { ar: 'م', en: 'C' });
const withSeed = addSource(empty, {
  id: 'idlib-attack',
  outlet: null,
  outletNote: { ar: 'بلا اسم', en: 'Unnamed' },
  title: 'أعلنت وزارة الدفاع الروسية',
  language: 'ar',
  published: { value: '2020-01', precision: 'month', basis: 'inferred' },
  url: 'https://example.org/news/2020/01/23/idlib-attack',
  text: seedText ?? '',
});

const chooser = () => screen.getByLabelText('Choose an annotation file');
const upload = (content: BlobPart, name = 'annotations.jsonld') =>
  userEvent.upload(chooser(), new File([content], name, { type: 'application/ld+json' }));

beforeEach(() => {
  useDraftStore.getState().open(record, withSeed);
});

describe('ImportAnnotationsForm', () => {
  it('drafts the claims a file describes in one edit, and lists each warning', async () => {
    render(<ImportAnnotationsForm />);
    await upload(annotationFile, 'idlib.jsonld');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'From idlib.jsonld: 2 claim drafts created, 2 warnings.',
    );
    const warnings = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(warnings.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^Annotation 2 of the file.*differ slightly.*Source: idlib-attack.*إنه لم يقع أي هجوم/s,
      ),
      expect.stringMatching(
        /^Annotation 3 of the file.*not in the source it targets.*Source: idlib-attack/s,
      ),
    ]);
    const { files, past, undo } = useDraftStore.getState();
    expect(pendingClaimsOf(files).map((claim) => claim.quote)).toHaveLength(2);
    expect(past).toHaveLength(1);
    undo();
    expect(pendingClaimsOf(useDraftStore.getState().files)).toEqual([]);
  });

  it.each([
    ['a file that is not JSON', '%PDF-1.7 ...', /is not JSON/],
    ['JSON that is not annotations', '{"corpus": {"id": "x"}}', /holds no annotations/],
    [
      'annotations with no text selector',
      '[{"type": "Annotation", "target": "https://example.org/page"}]',
      /has no text selector/,
    ],
  ])('says at the field why %s imports nothing, and changes nothing', async (_, content, said) => {
    render(<ImportAnnotationsForm />);
    await upload(content);
    expect(await screen.findByRole('alert')).toHaveTextContent(said);
    expect(chooser()).toBeInvalid();
    expect(chooser()).toHaveAccessibleDescription(expect.stringMatching(said));
    expect(useDraftStore.getState().files).toBe(withSeed);
    expect(useDraftStore.getState().past).toHaveLength(0);
  });

  it('refuses a file over the corpus file size bound before reading it', async () => {
    render(<ImportAnnotationsForm />);
    await upload(new Uint8Array(MAX_CORPUS_FILE_BYTES + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is 17 MB; an annotation file may be at most 16 MB.',
    );
    expect(useDraftStore.getState().files).toBe(withSeed);
  });

  it('asks for sources first in a draft with none, keeping it as it was', async () => {
    useDraftStore.getState().open(record, empty);
    render(<ImportAnnotationsForm />);
    expect(chooser()).toHaveAccessibleDescription(expect.stringMatching(/Add the articles first/));
    await upload(annotationFile);
    expect(await screen.findByRole('alert')).toHaveTextContent(/This draft has no sources yet/);
    expect(useDraftStore.getState().files).toBe(empty);
  });
});
