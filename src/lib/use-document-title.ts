import { useEffect } from 'react';
import { useTranslation } from '@/lib/use-translation';

/** "<page> — Riwaya": the tab and a shared link's preview name the view, not just the app. */
export function useDocumentTitle(pageTitle: string | undefined) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${appName}` : appName;
  }, [pageTitle, appName]);
}
