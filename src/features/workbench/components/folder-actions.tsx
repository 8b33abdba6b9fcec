import { Button } from '@/components/ui/button';
import { IsolatedText } from '@/components/ui/isolated-text';
import { isolate } from '@/lib/bidi-isolate';
import type { LanguageCode } from '@/config/languages';
import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import { useTranslation } from '@/lib/use-translation';
import { useFolderActions, type FolderState } from '../hooks/use-folder-actions';
import type { DraftFiles } from '../utils/draft-files';

interface FolderActionsProps {
  draftId: string;
  files: DraftFiles;
  language: LanguageCode;
  /** Opens the draft a folder was read into; without it, "Open a folder…" is left out. */
  onOpened: ((id: string) => void) | undefined;
}

function PathList({ paths }: { paths: string[] }) {
  return paths.length === 0 ? null : (
    <ul className="mt-1 grid gap-0.5 font-mono text-sm">
      {paths.map((path) => (
        <li key={path} className="break-all">
          <bdi dir="ltr">{path}</bdi>
        </li>
      ))}
    </ul>
  );
}

function FolderStatus({ state }: { state: FolderState }) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
      return null;
    case 'opening':
      return <p>{t('workbench.export.folder.opening')}</p>;
    case 'saving':
      return (
        <p>
          <IsolatedText
            text={t('workbench.export.folder.saving', { folder: isolate(state.folder) })}
          />
        </p>
      );
    case 'denied':
      return (
        <p className="font-semibold text-red-800">
          <IsolatedText
            text={t('workbench.export.folder.denied', { folder: isolate(state.folder) })}
          />
        </p>
      );
    case 'failed':
      return (
        <p className="font-semibold text-red-800">
          <IsolatedText
            text={t('workbench.export.folder.failed', { reason: isolate(state.message) })}
          />
        </p>
      );
    case 'open-refused':
      return (
        <p className="font-semibold text-red-800">
          <IsolatedText
            text={
              state.reason === 'no-corpus'
                ? t('workbench.export.folder.noCorpus', { folder: isolate(state.folder) })
                : state.reason === 'not-utf8'
                  ? t('workbench.export.folder.notUtf8', { file: isolate(state.path) })
                  : t('workbench.export.folder.tooLarge', {
                      file: isolate(state.path),
                      limit: Math.round(MAX_CORPUS_FILE_BYTES / (1024 * 1024)),
                    })
            }
          />
        </p>
      );
    case 'saved': {
      const { result } = state;
      if (!result.ok) {
        return (
          <div className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-950">
            <p className="font-semibold">
              <IsolatedText
                text={t('workbench.export.folder.writeFailed', {
                  file: isolate(result.failed),
                  folder: isolate(result.folder),
                  reason: isolate(result.reason),
                })}
              />
            </p>
            <p className="mt-1">
              {t('workbench.export.folder.writtenBefore', { count: result.written.length })}
            </p>
            <PathList paths={result.written} />
          </div>
        );
      }
      return (
        <div className="rounded-lg border border-teal-300 bg-teal-50 p-3 text-teal-950">
          <p className="font-semibold">
            <IsolatedText
              text={
                result.written.length === 0
                  ? t('workbench.export.folder.upToDate', { folder: isolate(result.folder) })
                  : t('workbench.export.folder.saved', {
                      folder: isolate(result.folder),
                      count: result.written.length,
                    })
              }
            />
          </p>
          <PathList paths={result.written} />
          {result.written.length > 0 && result.unchanged > 0 ? (
            <p className="mt-1">
              {t('workbench.export.folder.unchanged', { count: result.unchanged })}
            </p>
          ) : null}
        </div>
      );
    }
  }
}

/** Open a corpus folder as a new draft, or save the draft into one: File System Access API only. */
export function FolderActions({ draftId, files, language, onOpened }: FolderActionsProps) {
  const { t } = useTranslation();
  const { state, open, save, remembered } = useFolderActions(draftId, language);
  const busy = state.status === 'opening' || state.status === 'saving';
  return (
    <div className="mt-5">
      <h3 className="font-semibold">{t('workbench.export.folder.heading')}</h3>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {remembered === undefined ? null : (
          <Button size="md" disabled={busy} onClick={() => void save(files, 'remembered')}>
            <IsolatedText
              text={t('workbench.export.folder.saveInto', { folder: isolate(remembered) })}
            />
          </Button>
        )}
        <Button size="md" disabled={busy} onClick={() => void save(files, 'choose')}>
          {t('workbench.export.folder.save')}
        </Button>
        {onOpened ? (
          <Button size="md" disabled={busy} onClick={() => void open(onOpened)}>
            {t('workbench.export.folder.open')}
          </Button>
        ) : null}
      </div>
      <p className="mt-2 max-w-3xl text-sm text-stone-700">{t('workbench.export.folder.hint')}</p>
      <div role="status" className="mt-2">
        <FolderStatus state={state} />
      </div>
    </div>
  );
}
