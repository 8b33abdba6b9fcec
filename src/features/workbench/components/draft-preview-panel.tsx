import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { BuiltCorpus } from '@/corpus/compiler/build-shards';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useTranslation } from '@/lib/use-translation';
import type { NumberedCheck } from '../hooks/use-draft-check';
import { usePreviewEvent } from '../hooks/preview-event';
import type { RenderPreview } from '../hooks/preview-renderer';
import { editedEvent, hasEventFile } from '../utils/edited-event';
import type { DraftFiles } from '../utils/draft-files';

interface Compiled {
  revision: number;
  corpus: BuiltCorpus;
}

/**
 * The live preview: one event of the draft as a reader will see it, from the last compile that
 * passed the check, so a draft mid-edit never blanks it. Shows the event last edited (or the one
 * the claim form asks for, `usePreviewEvent`), with a picker of the others.
 */
export function DraftPreviewPanel({
  check,
  files,
  renderPreview,
}: {
  check: NumberedCheck | undefined;
  files: DraftFiles;
  renderPreview: RenderPreview;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const pickerId = useId();
  const [compiled, setCompiled] = useState<Compiled | undefined>();
  // Kept from the last check that compiled: a check with problems leaves the preview as it was.
  if (check?.corpus && check.revision !== compiled?.revision) {
    setCompiled({ revision: check.revision, corpus: check.corpus });
  }

  const chosen = usePreviewEvent((state) => state.eventId);
  const previous = useRef(files);
  useEffect(() => {
    const edited = editedEvent(previous.current, files);
    previous.current = files;
    if (edited !== undefined) usePreviewEvent.getState().show(edited);
  }, [files]);
  useEffect(() => usePreviewEvent.getState().reset, []);

  const events = compiled?.corpus.index.events ?? [];
  const eventId = events.some((event) => event.id === chosen) ? chosen : events[0]?.id;
  const problems = check ? check.problems.length + check.unlisted : 0;

  let body: ReactNode;
  if (!hasEventFile(files)) {
    body = <p className="text-stone-700">{t('workbench.preview.noEvent')}</p>;
  } else if (compiled === undefined || eventId === undefined) {
    body = (
      <p className="text-stone-700">
        {check === undefined || problems === 0
          ? t('workbench.preview.checking')
          : t('workbench.preview.waiting', { count: problems })}
      </p>
    );
  } else {
    body = (
      <>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <label htmlFor={pickerId} className="font-medium">
            {t('workbench.preview.eventLabel')}
          </label>
          <select
            id={pickerId}
            value={eventId}
            className="min-w-0 max-w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
            onChange={(event) => {
              usePreviewEvent.getState().show(event.target.value);
            }}
          >
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {localized(event.title, language)}
              </option>
            ))}
          </select>
        </div>
        {problems > 0 ? (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
            {t('workbench.preview.stale', { count: problems })}
          </p>
        ) : null}
        <div className="mt-4 rounded-lg border border-stone-300 bg-stone-50 p-3 sm:p-4">
          {renderPreview({ corpus: compiled.corpus, revision: compiled.revision, eventId })}
        </div>
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="mt-8 min-w-0">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('workbench.preview.heading')}
      </h2>
      <p className="mb-3 text-sm text-stone-700">{t('workbench.preview.intro')}</p>
      {body}
    </section>
  );
}
