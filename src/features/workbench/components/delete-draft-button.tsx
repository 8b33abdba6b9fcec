import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { deleteDraft } from '../api/draft-db';
import { draftsKey } from '../api/get-drafts';

/** Two steps: a deleted draft is gone for good. */
export function DeleteDraftButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'idle' | 'confirm' | 'failed'>('idle');

  if (step !== 'confirm') {
    return (
      <>
        <Button
          aria-label={t('workbench.drafts.deleteLabel', { title })}
          onClick={() => {
            setStep('confirm');
          }}
        >
          {t('workbench.drafts.delete')}
        </Button>
        {step === 'failed' ? (
          <span role="alert" className="text-sm text-red-800">
            {t('workbench.drafts.deleteFailed')}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <div
      role="group"
      aria-label={t('workbench.drafts.confirmDelete', { title })}
      className="flex flex-wrap items-center gap-2"
    >
      <span className="text-sm">{t('workbench.drafts.confirmDelete', { title })}</span>
      <Button
        variant="danger"
        onClick={() => {
          deleteDraft(id)
            .then(() => queryClient.invalidateQueries({ queryKey: draftsKey }))
            .catch(() => {
              setStep('failed');
            });
        }}
      >
        {t('workbench.drafts.confirm')}
      </Button>
      <Button
        onClick={() => {
          setStep('idle');
        }}
      >
        {t('workbench.drafts.keep')}
      </Button>
    </div>
  );
}
