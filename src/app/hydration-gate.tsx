import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { isPageHydrated, subscribePageHydrated } from './page-hydration';

/**
 * Until the app has taken over a prerendered page, its controls do nothing: they are shown
 * disabled (one `<fieldset disabled>` around the page, which disables every button and field
 * in it), so neither a reader nor a test clicks one in vain. Links work throughout. React
 * renders the server's value while it hydrates; the controls open when the view inside the
 * router's Suspense boundaries has hydrated too (./page-hydration.ts). Without JavaScript the
 * page says which parts need it.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const running = useSyncExternalStore(subscribePageHydrated, isPageHydrated, () => false);
  return (
    <fieldset disabled={!running} role="presentation" className="contents">
      <noscript>
        <p className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
          {t('app.needsScript')}
        </p>
      </noscript>
      {children}
    </fieldset>
  );
}
