import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteImportedCorpus } from '@/lib/corpus-source/corpus-db';
import { importedCorporaKey } from '../api/get-imported-corpora';

const buttonClass =
  'rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

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
        <button
          type="button"
          aria-label={t('corpora.list.deleteLabel', { title })}
          className={`${buttonClass} border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}
          onClick={() => {
            setStep('confirm');
          }}
        >
          {t('corpora.list.delete')}
        </button>
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
      <button
        type="button"
        className={`${buttonClass} border-red-800 bg-red-800 text-white hover:bg-red-900`}
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
      </button>
      <button
        type="button"
        className={`${buttonClass} border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}
        onClick={() => {
          setStep('idle');
        }}
      >
        {t('corpora.list.keep')}
      </button>
    </div>
  );
}
