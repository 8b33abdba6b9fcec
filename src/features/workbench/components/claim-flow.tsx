import { useState } from 'react';
import { useDraftStore } from '../hooks/draft-store';
import { keepOpenClaim, openClaimOf } from '../utils/claim-form-storage';
import { pendingClaimsOf } from '../utils/pending-claims';
import { useTranslation } from '@/lib/use-translation';
import { usePreviewEvent } from '../hooks/preview-event';
import type { PendingClaim } from '../utils/pending-claims';
import { ClaimForm } from './claim-form';
import { PendingClaimsList } from './pending-claims-list';
import { SourceReader } from './source-reader';

/**
 * From selected words to a placed claim: the source to select from, the claims begun and not yet
 * placed, and the form that places one. The preview turns to the event the claim went to.
 */
export function ClaimFlow() {
  const { t } = useTranslation();
  const draftId = useDraftStore((state) => state.record?.id ?? '');
  // The form left open before a reload opens again, as it was (claim-form-storage).
  const [pending, setPending] = useState<PendingClaim | undefined>(() => {
    const open = openClaimOf(draftId);
    return pendingClaimsOf(useDraftStore.getState().files).find((claim) => claim.id === open);
  });
  const [added, setAdded] = useState<string | undefined>();

  function show(claim: PendingClaim | undefined) {
    keepOpenClaim(draftId, claim?.id);
    setPending(claim);
  }

  function begin(claim: PendingClaim) {
    setAdded(undefined);
    show(claim);
  }

  return (
    <>
      <SourceReader onClaim={begin} />
      <p aria-live="polite" className="mt-3 font-medium text-teal-900">
        {added === undefined ? null : t('workbench.claim.added', { event: added })}
      </p>
      {pending ? (
        <ClaimForm
          key={pending.id}
          pending={pending}
          onDone={(eventId, title) => {
            usePreviewEvent.getState().show(eventId);
            show(undefined);
            setAdded(title);
          }}
          onCancel={() => {
            show(undefined);
          }}
        />
      ) : null}
      <PendingClaimsList onComplete={begin} />
    </>
  );
}
