import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { isSlug } from '@/corpus/slug';
import { Button } from '@/components/ui/button';
import { useDraftStore } from '../hooks/draft-store';
import { addSource, duplicateSourceOf, sourceIdTaken } from '../utils/add-source';
import { draftParties } from '../utils/draft-registry';
import { htmlToText } from '../utils/html-to-text';
import { readSourceFile } from '../utils/read-source-file';
import { checkPastedText } from '../utils/source-input';
import { sourceProblemText } from '../utils/source-problem-text';
import type { FormDate } from '../utils/form-date';
import { SourceDateFields } from './source-date-fields';
import { OutletField } from './outlet-field';
import { fieldClass, TextField } from './text-field';

const emptyFields = {
  id: '',
  outlet: '',
  outletNoteEn: '',
  outletNoteAr: '',
  title: '',
  language: 'ar',
  url: '',
  archivedUrl: '',
  retrieved: '',
};
const emptyDate: FormDate = { value: '', precision: 'day', basis: 'stated', note: '' };

type Problems = Partial<Record<keyof typeof emptyFields | 'text' | 'published', string>>;

/** Adds one source to the open draft: its text, pasted or from a file, and what is known of it. */
export function AddSourceForm() {
  const { t } = useTranslation();
  const ids = { text: useId(), file: useId() };
  const files = useDraftStore((state) => state.files);
  const edit = useDraftStore((state) => state.edit);
  const [text, setText] = useState('');
  const [fromFile, setFromFile] = useState<string | undefined>();
  const [fields, setFields] = useState(emptyFields);
  const [published, setPublished] = useState(emptyDate);
  const [problems, setProblems] = useState<Problems>({});
  const [added, setAdded] = useState<string | undefined>();
  const parties = draftParties(files);
  const set = (key: keyof typeof emptyFields) => (value: string) => {
    setFields((previous) => ({ ...previous, [key]: value }));
  };

  async function takeFile(file: File | undefined) {
    if (!file) return;
    const read = await readSourceFile(file);
    if (!read.ok) {
      setProblems({ text: sourceProblemText(t, read.problem) });
      return;
    }
    setText(read.text);
    setFromFile(file.name);
    setProblems({});
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setAdded(undefined);
    const found: Problems = {};
    let sourceText = text;
    if (fromFile === undefined) {
      const pasted = checkPastedText(text);
      if (!pasted.ok) found.text = sourceProblemText(t, pasted.problem);
      else if (pasted.format === 'html') sourceText = htmlToText(pasted.text);
    }
    const duplicate = found.text ? undefined : duplicateSourceOf(files, sourceText);
    if (duplicate !== undefined) {
      found.text = t('workbench.source.problems.duplicate', { id: duplicate });
    }
    if (!isSlug(fields.id)) found.id = t('workbench.source.idInvalid');
    else if (sourceIdTaken(files, fields.id)) {
      found.id = t('workbench.source.idTaken', { id: fields.id });
    }
    if (fields.title.trim() === '') found.title = t('workbench.source.required');
    // The compiler's rule, said at the fields: a source with no outlet says why, in both languages.
    if (fields.outlet === '') {
      if (fields.outletNoteEn.trim() === '') found.outletNoteEn = t('workbench.source.required');
      if (fields.outletNoteAr.trim() === '') found.outletNoteAr = t('workbench.source.required');
    }
    if (published.value.trim() === '') found.published = t('workbench.source.required');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    edit((current) =>
      addSource(current, {
        id: fields.id,
        outlet: fields.outlet === '' ? null : fields.outlet,
        ...(fields.outlet === ''
          ? { outletNote: { ar: fields.outletNoteAr.trim(), en: fields.outletNoteEn.trim() } }
          : {}),
        title: fields.title.trim(),
        language: fields.language.trim(),
        published: {
          value: published.value.trim(),
          precision: published.precision,
          basis: published.basis,
          ...(published.note.trim() === '' ? {} : { note: published.note.trim() }),
        },
        ...Object.fromEntries(
          (['url', 'archivedUrl', 'retrieved'] as const).flatMap((key) => {
            const value = optional(fields[key]);
            return value === undefined ? [] : [[key, value]];
          }),
        ),
        text: sourceText,
      }),
    );
    setAdded(fields.id);
    setText('');
    setFromFile(undefined);
    setFields(emptyFields);
    setPublished(emptyDate);
  }

  return (
    <section aria-labelledby="workbench-source-title" className="mt-8 max-w-3xl">
      <h2 id="workbench-source-title" className="text-lg font-semibold">
        {t('workbench.source.heading')}
      </h2>
      <form className="mt-3 grid gap-4" noValidate onSubmit={submit}>
        <div>
          <label htmlFor={ids.text} className="font-medium">
            {t('workbench.source.text')}
          </label>
          <p id={`${ids.text}-hint`} className="text-sm text-stone-700">
            {t('workbench.source.textHint')}
          </p>
          {problems.text ? (
            <p
              id={`${ids.text}-error`}
              role="alert"
              className="mt-1 text-sm font-semibold text-red-800"
            >
              {problems.text}
            </p>
          ) : null}
          <textarea
            id={ids.text}
            value={text}
            rows={8}
            dir="auto"
            aria-invalid={problems.text ? true : undefined}
            aria-describedby={`${ids.text}-hint${problems.text ? ` ${ids.text}-error` : ''}`}
            className={fieldClass}
            onChange={(event) => {
              setText(event.target.value);
              setFromFile(undefined);
            }}
            onDragOver={(event) => {
              event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              void takeFile(event.dataTransfer.files[0]);
            }}
          />
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <label htmlFor={ids.file} className="font-medium">
              {t('workbench.source.choose')}
            </label>
            <input
              id={ids.file}
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              className="text-sm"
              onChange={(event) => {
                void takeFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            {fromFile ? (
              <span className="text-sm text-stone-700">
                {t('workbench.source.fileRead', { name: fromFile })}
              </span>
            ) : null}
          </div>
        </div>
        <TextField
          label={t('workbench.source.id')}
          hint={t('workbench.source.idHint')}
          error={problems.id}
          value={fields.id}
          dir="ltr"
          onChange={(event) => {
            set('id')(event.target.value);
          }}
        />
        <TextField
          label={t('workbench.source.title')}
          error={problems.title}
          value={fields.title}
          dir="auto"
          onChange={(event) => {
            set('title')(event.target.value);
          }}
        />
        <OutletField
          parties={parties}
          value={fields.outlet}
          label={t('workbench.source.outlet')}
          noneLabel={t('workbench.source.noOutlet')}
          onChange={set('outlet')}
        />
        {fields.outlet === '' ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t('workbench.source.outletNoteEn')}
              lang="en"
              dir="ltr"
              error={problems.outletNoteEn}
              value={fields.outletNoteEn}
              onChange={(event) => {
                set('outletNoteEn')(event.target.value);
              }}
            />
            <TextField
              label={t('workbench.source.outletNoteAr')}
              lang="ar"
              dir="rtl"
              error={problems.outletNoteAr}
              value={fields.outletNoteAr}
              onChange={(event) => {
                set('outletNoteAr')(event.target.value);
              }}
            />
          </div>
        ) : null}
        <TextField
          label={t('workbench.source.language')}
          value={fields.language}
          dir="ltr"
          onChange={(event) => {
            set('language')(event.target.value);
          }}
        />
        <SourceDateFields value={published} error={problems.published} onChange={setPublished} />
        {(['url', 'archivedUrl', 'retrieved'] as const).map((key) => (
          <TextField
            key={key}
            label={t(`workbench.source.${key}`)}
            type={key === 'retrieved' ? 'text' : 'url'}
            dir="ltr"
            value={fields[key]}
            onChange={(event) => {
              set(key)(event.target.value);
            }}
          />
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" size="md">
            {t('workbench.source.submit')}
          </Button>
          <p role="status" className="text-stone-700">
            {added ? t('workbench.source.added', { id: added }) : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
