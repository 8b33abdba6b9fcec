import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useImportableCorpora } from '../api/get-drafts';
import { useStartDraft, type DraftOrigin } from '../hooks/use-start-draft';

const fieldClass =
  'mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

function originOf(value: string): DraftOrigin {
  if (value === 'empty' || value === 'bundled') return { kind: value };
  return { kind: 'imported', id: value.slice('imported:'.length) };
}

/** Starts a draft: a title, and what it begins as. */
export function StartDraftForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = { title: useId(), hint: useId(), error: useId(), from: useId() };
  const imported = useImportableCorpora();
  const start = useStartDraft();
  const [title, setTitle] = useState('');
  const [origin, setOrigin] = useState('empty');
  const [missingTitle, setMissingTitle] = useState(false);

  return (
    <section aria-labelledby="workbench-start-title" className="mt-10 max-w-2xl">
      <h2 id="workbench-start-title" className="text-xl font-semibold">
        {t('workbench.start.heading')}
      </h2>
      <form
        className="mt-3 grid gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = title.trim();
          setMissingTitle(trimmed === '');
          if (trimmed === '') return;
          start.mutate({ title: trimmed, origin: originOf(origin) }, { onSuccess: onStarted });
        }}
      >
        <div>
          <label htmlFor={ids.title} className="font-medium">
            {t('workbench.start.title')}
          </label>
          <p id={ids.hint} className="text-sm text-stone-700">
            {t('workbench.start.titleHint')}
          </p>
          {missingTitle ? (
            <p id={ids.error} className="mt-1 text-sm font-semibold text-red-800">
              {t('workbench.start.titleRequired')}
            </p>
          ) : null}
          <input
            id={ids.title}
            value={title}
            required
            aria-invalid={missingTitle}
            aria-describedby={missingTitle ? `${ids.hint} ${ids.error}` : ids.hint}
            className={fieldClass}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </div>
        <div>
          <label htmlFor={ids.from} className="font-medium">
            {t('workbench.start.from')}
          </label>
          <select
            id={ids.from}
            value={origin}
            className={fieldClass}
            onChange={(event) => {
              setOrigin(event.target.value);
            }}
          >
            <option value="empty">{t('workbench.start.empty')}</option>
            <option value="bundled">{t('workbench.start.bundled')}</option>
            {imported.data?.map((corpus) => (
              <option key={corpus.id} value={`imported:${corpus.id}`}>
                {t('workbench.start.imported', { title: localized(corpus.title, language) })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" size="md" disabled={start.isPending}>
            {t('workbench.start.submit')}
          </Button>
          {start.isPending ? (
            <span role="status" className="text-stone-700">
              {t('workbench.start.copying')}
            </span>
          ) : null}
        </div>
        {start.isError ? (
          <p role="alert" className="font-semibold text-red-800">
            {t('workbench.start.failed', { reason: start.error.message })}
          </p>
        ) : null}
      </form>
    </section>
  );
}
