import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { ConfirmDeleteButton } from '@/components/ui/confirm-delete-button';
import { deleteDraft } from '../api/draft-db';
import { draftsKey } from '../api/get-drafts';

/** Two steps: a deleted draft is gone for good. */
export function DeleteDraftButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmDeleteButton
      words={{
        delete: t('workbench.drafts.delete'),
        deleteLabel: t('workbench.drafts.deleteLabel', { title }),
        confirmDelete: t('workbench.drafts.confirmDelete', { title }),
        confirm: t('workbench.drafts.confirm'),
        keep: t('workbench.drafts.keep'),
        failed: t('workbench.drafts.deleteFailed'),
      }}
      onDelete={() =>
        deleteDraft(id).then(() => queryClient.invalidateQueries({ queryKey: draftsKey }))
      }
    />
  );
}
