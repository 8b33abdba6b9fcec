import { useTranslation } from '@/lib/use-translation';
import { useDocumentTitle } from '@/lib/use-document-title';
import { DraftEditor } from './draft-editor';
import { DraftList } from './draft-list';
import { StartDraftForm } from './start-draft-form';

export interface WorkbenchPageProps {
  /** The draft open, from the URL; undefined shows the list of drafts. */
  draftId: string | undefined;
  onOpen: (id: string | undefined) => void;
}

/** /workbench: the drafts in this browser, a way to start one, and the open draft. */
export function WorkbenchPage({ draftId, onOpen }: WorkbenchPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('workbench.title'));
  return (
    // A draft open uses a wide screen's width: the editor and its preview side by side.
    <div className={draftId === undefined ? 'max-w-5xl' : 'max-w-5xl xl:max-w-none'}>
      <h1 className="text-2xl font-bold">{t('workbench.title')}</h1>
      {draftId === undefined ? (
        <>
          <p className="mt-2 max-w-3xl text-stone-700">{t('workbench.intro')}</p>
          <DraftList onOpen={onOpen} />
          <StartDraftForm onStarted={onOpen} />
        </>
      ) : (
        <DraftEditor
          key={draftId}
          id={draftId}
          onClose={() => {
            onOpen(undefined);
          }}
        />
      )}
    </div>
  );
}
