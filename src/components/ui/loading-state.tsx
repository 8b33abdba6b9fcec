import { useTranslation } from '@/lib/use-translation';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-stone-600">
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-stone-300 border-t-teal-700"
      />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}
