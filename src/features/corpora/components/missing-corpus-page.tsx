import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import { buttonClassName } from '@/components/ui/button';

/** A link to a corpus this browser does not hold: say so, and offer the two ways on. */
export function MissingCorpusPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="missing-corpus-title" className="mx-auto max-w-xl py-10">
      <h1 id="missing-corpus-title" className="text-2xl font-bold">
        {t('corpora.gate.missingTitle')}
      </h1>
      <p className="mt-3 text-stone-700">{t('corpora.gate.missingBody', { id })}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          to={paths.corpora.path}
          search={{ corpus: undefined }}
          className={buttonClassName({ variant: 'primary', size: 'md' })}
        >
          {t('corpora.gate.importHere')}
        </Link>
        <Link
          to={paths.home.path}
          search={{ corpus: undefined }}
          className={buttonClassName({ variant: 'secondary', size: 'md' })}
        >
          {t('corpora.gate.openBundled')}
        </Link>
      </div>
    </section>
  );
}
