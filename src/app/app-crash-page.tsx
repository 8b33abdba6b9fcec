import { useTranslation } from '@/lib/use-translation';
import { Button, buttonClassName } from '@/components/ui/button';

/** The last line of defence: plain, with what to do next, and no router needed. */
const homeHref = import.meta.env.BASE_URL;

export function AppCrashPage({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold text-stone-900">{t('states.errorTitle')}</h1>
      <p className="mt-3 text-stone-800">{t('states.appCrashed')}</p>
      <p className="mt-3 font-mono text-xs break-all text-stone-600" dir="ltr">
        {error.message}
      </p>
      <p className="mt-6 flex gap-4">
        <Button
          variant="primary"
          size="md"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('states.retry')}
        </Button>
        <a className={buttonClassName({ variant: 'quiet', size: 'md' })} href={homeHref}>
          {t('states.goHome')}
        </a>
      </p>
    </main>
  );
}
