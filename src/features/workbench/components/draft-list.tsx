import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { formatTimestamp } from '@/lib/intl-format';
import { useLanguage } from '@/lib/use-language';
import { useDrafts } from '../api/get-drafts';
import { DeleteDraftButton } from './delete-draft-button';

/** The drafts in this browser, most recently edited first. */
export function DraftList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const drafts = useDrafts();

  return (
    <section aria-labelledby="workbench-drafts-title" className="mt-8">
      <h2 id="workbench-drafts-title" className="text-xl font-semibold">
        {t('workbench.drafts.heading')}
      </h2>
      {drafts.isPending ? <LoadingState /> : null}
      {drafts.isError ? (
        <ErrorState
          message={t('workbench.drafts.storageError')}
          detail={drafts.error.message}
          onRetry={() => void drafts.refetch()}
        />
      ) : null}
      {drafts.data?.length === 0 ? <EmptyState>{t('workbench.drafts.empty')}</EmptyState> : null}
      {drafts.data && drafts.data.length > 0 ? (
        <ul className="mt-3 grid gap-3">
          {drafts.data.map((draft) => (
            <li
              key={draft.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-300 bg-white p-4"
            >
              <div className="min-w-0">
                <p className="font-semibold break-words">{draft.title}</p>
                <p className="text-sm text-stone-700">
                  {t('workbench.drafts.edited', {
                    date: formatTimestamp(new Date(draft.updatedAt), language),
                  })}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Button
                  variant="primary"
                  aria-label={t('workbench.drafts.openLabel', { title: draft.title })}
                  onClick={() => {
                    onOpen(draft.id);
                  }}
                >
                  {t('workbench.drafts.open')}
                </Button>
                <DeleteDraftButton id={draft.id} title={draft.title} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
