import { Link } from '@tanstack/react-router';
import { useState, type DragEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useCorpusImport } from '../hooks/use-corpus-import';
import { MAX_UPLOAD_BYTES, wholeMegabytes } from '../utils/upload-limits';
import { ImportProgress } from './import-progress';
import { FileChooser } from './file-chooser';

interface ImportPanelProps {
  onImported: (corpus: ImportedCorpus) => void;
}

/** A drop zone and a file picker; then progress, and either every problem or the new corpus. */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [dragging, setDragging] = useState(false);
  const { state, start, cancel, resolve } = useCorpusImport(onImported);
  const chosenFile =
    state.status === 'idle'
      ? undefined
      : state.status === 'imported'
        ? state.corpus.fileName
        : state.fileName;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void start(file);
  };

  return (
    <section aria-labelledby="import-title" className="mt-8">
      <h2 id="import-title" className="text-xl font-semibold">
        {t('corpora.import.heading')}
      </h2>
      {/* Dropping is a shortcut for the file picker inside, which is the keyboard's way in. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
        className={`mt-3 rounded-lg border-2 border-dashed p-6 ${dragging ? 'border-teal-700 bg-teal-50' : 'border-stone-300 bg-white'}`}
      >
        <p className="text-stone-800">{t('corpora.import.drop')}</p>
        <FileChooser
          label={t('corpora.import.choose')}
          chosen={
            chosenFile === undefined
              ? t('corpora.import.noFile')
              : t('corpora.import.chosen', { file: chosenFile })
          }
          accept=".json,.zip,application/json,application/zip"
          onChoose={(file) => void start(file)}
          className="mt-3"
        />
        <p className="mt-3 text-sm text-stone-600">
          {t('corpora.import.limit', {
            size: t('corpora.import.megabytes', { n: wholeMegabytes(MAX_UPLOAD_BYTES) }),
          })}
        </p>
      </div>
      <ImportProgress state={state} cancel={cancel} resolve={resolve} />
      {state.status === 'imported' ? (
        <div role="status" className="mt-4 rounded-lg border border-teal-300 bg-teal-50 p-4">
          <p>{t('corpora.import.imported', { title: localized(state.corpus.title, language) })}</p>
          <Link
            to={paths.home.path}
            search={{ corpus: state.corpus.id }}
            className="mt-2 inline-block font-medium text-teal-900 underline"
          >
            {t('corpora.import.browse')}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
