import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { useDraftStore } from '../hooks/draft-store';
import { forgetClaimForm } from '../utils/claim-form-storage';
import { pendingClaimsOf, removePendingClaim, type PendingClaim } from '../utils/pending-claims';

/** The claims begun (selected or imported) but not yet placed in an event. */
export function PendingClaimsList({ onComplete }: { onComplete: (pending: PendingClaim) => void }) {
  const { t } = useTranslation();
  const files = useDraftStore((state) => state.files);
  const edit = useDraftStore((state) => state.edit);
  const draftId = useDraftStore((state) => state.record?.id ?? '');
  const pending = pendingClaimsOf(files);
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="workbench-pending-title" className="mt-8">
      <h2 id="workbench-pending-title" className="text-lg font-semibold">
        {t('workbench.pending.heading', { count: pending.length })}
      </h2>
      <p className="text-sm text-stone-700">{t('workbench.pending.intro')}</p>
      <ul className="mt-2 grid gap-2">
        {pending.map((claim) => (
          <li
            key={claim.id}
            className="flex flex-wrap items-start gap-3 rounded-md border border-stone-300 bg-white p-3"
          >
            <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
              <q dir="auto" className="font-medium">
                {claim.quote}
              </q>
              <p className="text-sm text-stone-700">
                {t('workbench.pending.from', { source: claim.source })}
                {claim.note ? <span dir="auto"> · {claim.note}</span> : null}
              </p>
            </div>
            <Button
              onClick={() => {
                onComplete(claim);
              }}
            >
              {t('workbench.pending.complete')}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                edit((current) => removePendingClaim(current, claim.id));
                forgetClaimForm(draftId, claim.id);
              }}
            >
              {t('workbench.pending.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
