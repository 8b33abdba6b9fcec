import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';

const linkClass =
  'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700';

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
          className={`${linkClass} bg-teal-800 text-white hover:bg-teal-900`}
        >
          {t('corpora.gate.importHere')}
        </Link>
        <Link
          to={paths.home.path}
          search={{ corpus: undefined }}
          className={`${linkClass} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`}
        >
          {t('corpora.gate.openBundled')}
        </Link>
      </div>
    </section>
  );
}
