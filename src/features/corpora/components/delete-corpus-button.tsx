import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { deleteImportedCorpus } from '@/lib/corpus-source/corpus-db';
import { importedCorporaKey } from '../api/get-imported-corpora';
import { ConfirmDeleteButton } from '@/components/ui/confirm-delete-button';

/** Two steps, because a deleted import can only come back by importing the file again. */
export function DeleteCorpusButton({
  id,
  title,
  onDeleted,
}: {
  id: string;
  title: string;
  onDeleted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ConfirmDeleteButton
      words={{
        delete: t('corpora.list.delete'),
        deleteLabel: t('corpora.list.deleteLabel', { title }),
        confirmDelete: t('corpora.list.confirmDelete', { title }),
        confirm: t('corpora.list.confirm'),
        keep: t('corpora.list.keep'),
        failed: t('corpora.list.deleteFailed'),
      }}
      onDelete={() =>
        deleteImportedCorpus(id)
          .then(() => queryClient.invalidateQueries({ queryKey: importedCorporaKey }))
          .then(() => {
            onDeleted(id);
          })
      }
    />
  );
}
