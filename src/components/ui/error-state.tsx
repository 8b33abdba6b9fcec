import { useTranslation } from '@/lib/use-translation';
import { Button } from './button';

interface ErrorStateProps {
  title?: string;
  message?: string;
  /** Technical detail for the curious; shown as plain text. */
  detail?: string;
  onRetry?: () => void;
}

/** An error confined to its region, with a way to try again; the rest of the page keeps working. */
export function ErrorState({ title, message, detail, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="my-6 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">{title ?? t('states.errorTitle')}</p>
      <p className="mt-1">{message ?? t('states.errorRegion')}</p>
      {detail ? (
        <p className="mt-2 font-mono text-xs break-all text-red-900" dir="ltr">
          {detail}
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="danger" onClick={onRetry} className="mt-3">
          {t('states.retry')}
        </Button>
      ) : null}
    </div>
  );
}
