import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { parseSearch } from '@/app/search-params';
import { requestedLanguage } from '@/lib/use-language';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { useLanguagePreference } from '@/stores/language-preference';
import './styles/index.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Only English ships in this bundle: a reader of another language waits for
// its catalogue here, so the first paint is never English, nor raw keys.
const language = requestedLanguage(
  parseSearch(window.location.search),
  useLanguagePreference.getState().preferred,
);
void i18n.changeLanguage(language).then(() => {
  createRoot(container).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
