import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { classifyPath } from '@/corpus/compiler/corpus-layout';
import { useDraftStore } from '../hooks/draft-store';
import { annotationProblemText, annotationWarningText } from '../utils/annotation-problem-text';
import { importAnnotations, type AnnotationWarning } from '../utils/import-annotations';
import { addPendingClaims } from '../utils/pending-claims';
import { readAnnotationFile } from '../utils/read-annotation-file';

interface Outcome {
  file: string;
  created: number;
  warnings: AnnotationWarning[];
}

/**
 * Words quoted in a warning, in their own direction inside the sentence around them; Arabic
 * words said as Arabic by a screen reader whatever the page's language.
 */
function Words({ label, words }: { label: string; words: string }) {
  return (
    <p className="mt-1">
      <span className="text-stone-700">{label}</span> “
      <bdi
        dir="auto"
        lang={/\p{Script=Arabic}/u.test(words) ? 'ar' : undefined}
        className="font-medium"
      >
        {words}
      </bdi>
      ”
    </p>
  );
}

/** A source id or a page address: Latin, left to right whatever the page's direction. */
function Where({ label, value }: { label: string; value: string }) {
  return (
    <p className="mt-1">
      <span className="text-stone-700">{label}</span>{' '}
      <bdi dir="ltr" className="break-words">
        {value}
      </bdi>
    </p>
  );
}

/**
 * Imports a W3C Web Annotation file (a Hypothesis export, another corpus's annotations.jsonld)
 * as claim drafts anchored in the open draft's sources, in one edit: one undo takes it back.
 * A file that imports nothing says why at the field and leaves the draft as it was.
 */
export function ImportAnnotationsForm() {
  const { t } = useTranslation();
  const ids = { file: useId(), hint: useId(), error: useId() };
  const hasSources = useDraftStore((state) =>
    Object.keys(state.files).some((path) => classifyPath(path) === 'source'),
  );
  const [problem, setProblem] = useState<string | undefined>();
  const [reading, setReading] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  async function take(file: File | undefined) {
    if (!file) return;
    setOutcome(undefined);
    setProblem(undefined);
    setReading(file.name);
    const read = await readAnnotationFile(file);
    setReading(undefined);
    if (!read.ok) {
      setProblem(annotationProblemText(t, read.problem));
      return;
    }
    const { edit, files } = useDraftStore.getState();
    const imported = importAnnotations(files, read.text);
    if (!imported.ok) {
      setProblem(annotationProblemText(t, imported.problem));
      return;
    }
    if (imported.created.length > 0) {
      edit((current) => addPendingClaims(current, imported.created));
    }
    setOutcome({
      file: file.name,
      created: imported.created.length,
      warnings: imported.warnings,
    });
  }

  const described = [ids.hint, problem ? ids.error : ''].join(' ').trim();
  return (
    <section aria-labelledby="workbench-annotations-title" className="mt-8 max-w-3xl">
      <h2 id="workbench-annotations-title" className="text-lg font-semibold">
        {t('workbench.annotations.heading')}
      </h2>
      <p id={ids.hint} className="mt-1 text-sm text-stone-700">
        {t('workbench.annotations.intro')}
        {hasSources ? null : ` ${t('workbench.annotations.noSourcesYet')}`}
      </p>
      <div className="mt-3">
        <label htmlFor={ids.file} className="block font-medium">
          {t('workbench.annotations.choose')}
        </label>
        {/* A file input takes a dropped file itself: it is drawn as the box to drop it on. */}
        <input
          id={ids.file}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
          className="mt-1 block w-full max-w-full cursor-pointer rounded-md border-2 border-dashed border-stone-400 bg-stone-50 p-4 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 aria-invalid:border-red-700"
          onChange={(event) => {
            void take(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p className="mt-1 text-sm text-stone-700">{t('workbench.annotations.drop')}</p>
      </div>
      {problem ? (
        <p id={ids.error} role="alert" className="mt-2 text-sm font-semibold text-red-800">
          {problem}
        </p>
      ) : null}
      <p role="status" className="mt-2 font-medium">
        {reading ? t('workbench.annotations.reading', { name: reading }) : null}
        {outcome
          ? [
              t('workbench.annotations.fromFile', { name: outcome.file }),
              `${t('workbench.annotations.created', { count: outcome.created })}${t('workbench.annotations.separator')}${t('workbench.annotations.warningCount', { count: outcome.warnings.length })}.`,
            ].join(' ')
          : null}
      </p>
      {outcome && outcome.warnings.length > 0 ? (
        <ul className="mt-2 grid gap-2">
          {outcome.warnings.map((warning) => (
            <li
              key={`${String(warning.annotation.index)}-${warning.kind}`}
              className="rounded-md border-s-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm"
            >
              <p className="font-semibold">
                {t('workbench.annotations.annotation', { index: warning.annotation.index })}
              </p>
              {warning.annotation.exact !== undefined ? (
                <Words
                  label={t('workbench.annotations.itsWords')}
                  words={warning.annotation.exact}
                />
              ) : null}
              <p className="mt-1">{annotationWarningText(t, warning)}</p>
              {warning.source !== undefined ? (
                <Where label={t('workbench.annotations.sourceLabel')} value={warning.source} />
              ) : null}
              {warning.address !== undefined ? (
                <Where label={t('workbench.annotations.pageLabel')} value={warning.address} />
              ) : null}
              {warning.quote !== undefined &&
              warning.kind !== 'already-pending' &&
              warning.kind !== 'already-placed' ? (
                <Words label={t('workbench.annotations.sourceWords')} words={warning.quote} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
