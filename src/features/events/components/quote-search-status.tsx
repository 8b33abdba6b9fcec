import { useTranslation } from '@/lib/use-translation';
import { ErrorState } from '@/components/ui/error-state';

/** Where the search of quotes and translations stands while the list is searched. */
export type QuoteSearch = 'idle' | 'pending' | 'failed' | 'ready';

interface QuoteSearchStatusProps {
  state: QuoteSearch;
  detail?: string | undefined;
  onRetry: () => void;
}

/**
 * Until the quotes' shard is in, a search answers from titles, summaries and
 * names only: the list says so while it loads, and says it failed (with a
 * retry) rather than let an empty list read as "nothing matches".
 */
export function QuoteSearchStatus({ state, detail, onRetry }: QuoteSearchStatusProps) {
  const { t } = useTranslation();
  if (state === 'failed')
    return (
      <ErrorState
        title={t('events.quoteSearch.failed')}
        message={t('events.quoteSearch.failedDetail')}
        detail={detail}
        onRetry={onRetry}
      />
    );
  // Plain text, not a second live region: the result count above is the one that speaks.
  return state === 'pending' ? (
    <p className="mt-2 text-sm text-stone-700">{t('events.quoteSearch.pending')}</p>
  ) : null;
}
