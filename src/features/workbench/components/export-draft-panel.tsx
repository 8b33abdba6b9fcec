import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { IsolatedText } from '@/components/ui/isolated-text';
import { isolate } from '@/lib/bidi-isolate';
import { downloadBlob } from '@/lib/download-blob';
import { useLanguage } from '@/lib/use-language';
import { useTranslation } from '@/lib/use-translation';
import { canPickFolders } from '../api/folder-picker';
import { useDraftStore } from '../hooks/draft-store';
import { useExportActions } from '../hooks/export-actions';
import type { DraftCheck } from '../utils/check-draft';
import type { DraftFiles } from '../utils/draft-files';
import { draftFolderName, draftZipFile, draftZipName } from '../utils/draft-zip';
import { FolderActions } from './folder-actions';

export interface ExportDraftPanelProps {
  /** The open draft's files, every one; the export leaves out `.workbench/`. */
  files: DraftFiles;
  /** The compiler's latest check of them; undefined while the first runs. */
  check: DraftCheck | undefined;
}

type DownloadState =
  { status: 'idle' } | { status: 'done'; file: string } | { status: 'failed'; reason: string };

/**
 * Takes the corpus out: a zip of the folder, the draft opened in Riwaya as an imported corpus
 * (once it passes the check), and, where the browser can, a folder on this computer.
 */
export function ExportDraftPanel({ files, check }: ExportDraftPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reasonId = useId();
  const draftId = useDraftStore((state) => state.record?.id ?? '');
  const title = useDraftStore((state) => state.record?.title ?? '');
  const { renderOpenInRiwaya, openDraft } = useExportActions();
  const [download, setDownload] = useState<DownloadState>({ status: 'idle' });
  const zipName = draftZipName(files, title);
  const folder = draftFolderName(files, title);
  const problemCount = check ? check.problems.length + check.unlisted : 0;
  const openLabel = t('workbench.export.openInRiwaya');

  return (
    <section aria-labelledby="workbench-export-title" className="mt-8">
      <h2 id="workbench-export-title" className="text-lg font-semibold">
        {t('workbench.export.heading')}
      </h2>
      <p className="max-w-3xl text-sm text-stone-700">
        <IsolatedText
          text={t('workbench.export.intro', {
            file: isolate(zipName),
            folder: isolate(folder),
            layout: isolate('data/'),
            schema: isolate('$schema'),
          })}
        />
      </p>
      <p className="mt-2 text-sm text-stone-700">{t('workbench.export.checkWith')}</p>
      {/* Lines break between the command's words, never inside "--check"; copied, it reads as typed. */}
      <code
        dir="ltr"
        className="mt-1 block w-fit max-w-full rounded bg-stone-100 px-2 py-1 font-mono text-sm"
      >
        <span className="whitespace-nowrap">npm run corpus</span>{' '}
        <span className="whitespace-nowrap">-- --data</span>{' '}
        <span className="break-all">{folder}</span>{' '}
        <span className="whitespace-nowrap">--check</span>
      </code>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button
          variant="primary"
          size="md"
          onClick={() => {
            try {
              const file = draftZipFile(files, title);
              downloadBlob(file.name, file);
              setDownload({ status: 'done', file: file.name });
            } catch (error) {
              setDownload({
                status: 'failed',
                reason: error instanceof Error ? error.message : String(error),
              });
            }
          }}
        >
          {t('workbench.export.download')}
        </Button>
        <p role="status" className="text-sm text-stone-700">
          {download.status === 'done' ? (
            <IsolatedText
              text={t('workbench.export.downloaded', { file: isolate(download.file) })}
            />
          ) : (
            ''
          )}
        </p>
      </div>
      {download.status === 'failed' ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          <IsolatedText
            text={t('workbench.export.downloadFailed', { reason: isolate(download.reason) })}
          />
        </p>
      ) : null}
      {problemCount > 0 ? (
        <p className="mt-2 max-w-3xl text-sm text-stone-700">
          {t('workbench.export.withProblems', { count: problemCount })}
        </p>
      ) : null}
      {renderOpenInRiwaya ? (
        <div className="mt-5">
          {check && problemCount === 0 ? (
            renderOpenInRiwaya({ label: openLabel, zipFile: () => draftZipFile(files, title) })
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <Button size="md" disabled aria-describedby={reasonId}>
                {openLabel}
              </Button>
              <p id={reasonId} className="text-sm font-medium text-stone-800">
                {check ? t('workbench.export.mustPass') : t('workbench.export.waitingForCheck')}
              </p>
            </div>
          )}
          <p className="mt-2 max-w-3xl text-sm text-stone-700">{t('workbench.export.openHint')}</p>
        </div>
      ) : null}
      {canPickFolders() ? (
        <FolderActions draftId={draftId} files={files} language={language} onOpened={openDraft} />
      ) : (
        <p className="mt-5 max-w-3xl text-sm text-stone-700">
          {t('workbench.export.noFolderAccess')}
        </p>
      )}
    </section>
  );
}
