import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import { buttonClassName } from '@/components/ui/button';

export interface CorpusCardProps {
  /** undefined for the bundled corpus: its links carry no `?corpus=`. */
  id: string | undefined;
  title: string;
  /** A line saying where the corpus came from. */
  origin: string;
  counts: { events: number; sources: number; claims: number };
  active: boolean;
  /** Extra actions (delete), placed after Open. */
  children?: ReactNode;
}

/** One corpus in the list: what it is, how big, and the way to open it. */
export function CorpusCard({ id, title, origin, counts, active, children }: CorpusCardProps) {
  const { t } = useTranslation();
  return (
    <li
      className={`rounded-lg border bg-white p-4 ${active ? 'border-teal-700 ring-1 ring-teal-700' : 'border-stone-200'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-lg font-semibold">{title}</h3>
        {active ? (
          <span className="rounded bg-teal-800 px-2 py-0.5 text-xs font-semibold text-white">
            {t('corpora.list.active')}
          </span>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-stone-600">{origin}</p>
      <p className="mt-1 text-sm text-stone-700">
        {[
          t('corpora.list.events', { count: counts.events }),
          t('corpora.list.sources', { count: counts.sources }),
          t('corpora.list.claims', { count: counts.claims }),
        ].join(' · ')}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link
          to={paths.home.path}
          search={{ corpus: id }}
          aria-label={t('corpora.list.openLabel', { title })}
          className={buttonClassName({ variant: 'primary' })}
        >
          {t('corpora.list.open')}
        </Link>
        {children}
      </div>
    </li>
  );
}
