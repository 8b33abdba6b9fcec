import { useTranslation } from '@/lib/use-translation';
import { FigureBar } from './figure-bar';

const samples = [
  ['solid', 'exact'],
  ['ceiling', 'up-to'],
  ['floor', 'more-than'],
  ['approximate', 'about'],
] as const;

/** What each kind of bar means, drawn with the same component as the charts. */
export function FigureLegend() {
  const { t } = useTranslation();
  return (
    <div className="text-xs text-stone-700">
      <p className="font-semibold text-stone-900">{t('compare.figuresPanel.legend.title')}</p>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2">
        {samples.map(([style, qualifier]) => (
          <li key={style} className="flex items-center gap-2">
            <span className="w-16 shrink-0">
              <FigureBar value={6} qualifier={qualifier} maximum={10} />
            </span>
            <span>{t(`compare.figuresPanel.legend.${style}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
