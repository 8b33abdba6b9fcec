import { useTranslation } from '@/lib/use-translation';
import { SHOWN_PROBLEMS } from '@/corpus/limits';
import type { DraftCheck } from '../utils/check-draft';

/**
 * What the compiler's rules find in the draft, each problem as the CLI prints it; the first
 * SHOWN_PROBLEMS are rendered (a broken file can yield thousands), the count says how many.
 */
export function DraftProblems({ check }: { check: DraftCheck | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="workbench-check-title" className="mt-8">
      <h2 id="workbench-check-title" className="text-lg font-semibold">
        {t('workbench.check.heading')}
      </h2>
      <p className="text-sm text-stone-700">{t('workbench.check.intro')}</p>
      <div role="status" className="mt-2">
        {check === undefined ? (
          <p className="text-stone-700">{t('workbench.check.checking')}</p>
        ) : check.problems.length === 0 ? (
          <p className="font-semibold text-teal-900">{t('workbench.check.ok')}</p>
        ) : (
          <p className="font-semibold text-red-800">
            {t('workbench.check.problems', { count: check.problems.length + check.unlisted })}
            {check.unlisted > 0
              ? ` (${t('workbench.check.unlisted', { count: check.unlisted })})`
              : ''}
          </p>
        )}
      </div>
      {check && check.problems.length > 0 ? (
        <ul className="mt-2 grid gap-1 font-mono text-sm">
          {check.problems.slice(0, SHOWN_PROBLEMS).map(({ line }, index) => (
            <li key={`${String(index)}:${line}`} className="break-words">
              <bdi dir="ltr">{line}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
