import { useTranslation } from '@/lib/use-translation';
import { stanceSchema } from '@/corpus/schema';
import { StanceSwatch } from './stance-swatch';

/** What the shapes and colours mean, and which way time runs in this language. */
export function TimelineLegend() {
  const { t } = useTranslation();
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">{t('timeline.legend.title')}</summary>
      <p className="mt-2">{t('timeline.directionNote')}</p>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-10 rounded bg-teal-900" />
          {t('timeline.legend.event')}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block size-3 rounded-full bg-sky-600" />
          {t('timeline.legend.day')}
        </li>
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-10 rounded-sm bg-sky-600 opacity-60"
          />
          {t('timeline.legend.band')}
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ↳
          </span>
          {t('timeline.legend.after')}
        </li>
      </ul>
      <p className="mt-2 font-medium">{t('timeline.legend.stances')}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {stanceSchema.options.map((stance) => (
          <li key={stance} className="flex items-center gap-1.5">
            <StanceSwatch stance={stance} />
            {t(`stance.${stance}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
