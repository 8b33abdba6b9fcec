import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { deleteImportedCorpus } from '@/lib/corpus-source/corpus-db';
import { importedCorporaKey } from '../api/get-imported-corpora';
import { Button } from '@/components/ui/button';

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
  const [step, setStep] = useState<'idle' | 'confirm' | 'failed'>('idle');

  if (step !== 'confirm') {
    return (
      <>
        <Button
          aria-label={t('corpora.list.deleteLabel', { title })}
          onClick={() => {
            setStep('confirm');
          }}
        >
          {t('corpora.list.delete')}
        </Button>
        {step === 'failed' ? (
          <span role="alert" className="text-sm text-red-800">
            {t('corpora.list.deleteFailed')}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <div
      role="group"
      aria-label={t('corpora.list.confirmDelete', { title })}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm">{t('corpora.list.confirmDelete', { title })}</span>
      <Button
        variant="danger"
        onClick={() => {
          deleteImportedCorpus(id)
            .then(() => queryClient.invalidateQueries({ queryKey: importedCorporaKey }))
            .then(
              () => {
                onDeleted(id);
              },
              () => {
                setStep('failed');
              },
            );
        }}
      >
        {t('corpora.list.confirm')}
      </Button>
      <Button
        onClick={() => {
          setStep('idle');
        }}
      >
        {t('corpora.list.keep')}
      </Button>
    </div>
  );
}
