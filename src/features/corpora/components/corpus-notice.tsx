import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';

/**
 * Shown above every page of an imported corpus: its links work only in a
 * browser that holds it, so the reader learns that before sharing one. (A
 * comparison's header offers the self-contained link that opens anywhere.)
 */
export function ImportedCorpusNotice({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <aside
      aria-label={t('corpora.gate.importedLabel')}
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1">{t('corpora.gate.importedNotice', { title })}</p>
      <Link
        to={paths.home.path}
        search={{ corpus: undefined }}
        className="font-medium text-amber-950 underline"
      >
        {t('corpora.gate.openBundled')}
      </Link>
    </aside>
  );
}

/** Shown above a comparison opened from a self-contained link. */
export function SnapshotNotice({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <aside
      aria-label={t('corpora.gate.snapshotLabel')}
      className="mb-4 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950"
    >
      <p>{t('corpora.gate.snapshotNotice', { title })}</p>
    </aside>
  );
}
