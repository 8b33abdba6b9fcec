import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import { IsolatedText } from './ui/isolated-text';
import { buttonClassName } from './ui/button';

interface NotFoundPageProps {
  title?: string;
  /** May carry values marked with `isolate` (an unknown id): they are shown as <bdi>. */
  body?: string;
}

export function NotFoundPage({ title, body }: NotFoundPageProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-10">
      <h1 id="not-found-title" className="text-2xl font-bold">
        {title ?? t('notFound.title')}
      </h1>
      <p className="mt-3 text-stone-700">
        <IsolatedText text={body ?? t('notFound.body')} />
      </p>
      <Link
        to={paths.home.path}
        className={buttonClassName({ variant: 'primary', size: 'md', className: 'mt-6' })}
      >
        {t('states.goHome')}
      </Link>
    </section>
  );
}
