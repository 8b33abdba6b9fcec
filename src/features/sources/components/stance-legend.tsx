import { useTranslation } from '@/lib/use-translation';
import type { Stance } from '@/corpus/schema';
import { legendStances } from '@/lib/stance-marks';
import { StanceMark } from '@/components/ui/stance-mark';
import { quoteTone } from '../utils/quote-tone';

/** The stances this text's quotes take, each as its highlight looks, with its mark and name. */
export function StanceLegend({ stances }: { stances: ReadonlySet<Stance> }) {
  const { t } = useTranslation();
  const shown = legendStances.filter((stance) => stances.has(stance));
  return (
    <div className="mb-2 text-sm text-stone-700">
      <p>{t('sources.legend')}</p>
      {shown.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {shown.map((stance) => (
            <li key={stance}>
              <span
                className={`rounded-sm px-1 text-stone-900 underline decoration-2 underline-offset-4 ${quoteTone([stance])}`}
              >
                <StanceMark stance={stance} /> {t(`stance.${stance}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
