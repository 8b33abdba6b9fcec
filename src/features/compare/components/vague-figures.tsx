import { useTranslation } from '@/lib/use-translation';
import { directionOfTag } from '@/config/languages';
import type { VagueFigure } from '../utils/figure-charts';

interface VagueFiguresProps {
  figures: readonly VagueFigure[];
  nameOf: (actorId: string) => string;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
}

/** Quantities given in words: the party's own word and its meaning, never a drawn number. */
export function VagueFigures({ figures, nameOf, metricLabel, scopeLabel }: VagueFiguresProps) {
  const { t } = useTranslation();
  if (figures.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-base font-semibold text-stone-900">
        {t('compare.figuresPanel.vagueTitle')}
      </h3>
      <p className="mt-1 text-sm text-stone-700">{t('compare.figuresPanel.vagueIntro')}</p>
      <ul className="mt-2 space-y-1 text-sm">
        {figures.map((figure) => {
          const meaning = t(`vague.${figure.meaning}`);
          return (
            <li key={`${figure.claim}-${figure.metric}-${figure.scope}`}>
              <a
                href={`#claim-${figure.claim}`}
                className="text-teal-800 underline hover:text-teal-950"
              >
                <bdi>{nameOf(figure.party)}</bdi>
              </a>
              {': '}
              <strong className="font-semibold">{meaning}</strong>
              {/* The party's own word, unless the reader's language already shows it. */}
              {figure.word === meaning ? null : (
                <>
                  {' '}
                  <span lang={figure.language} dir={directionOfTag(figure.language)}>
                    ({figure.word})
                  </span>
                </>
              )}
              <span className="text-stone-600">
                {' · '}
                <bdi>{metricLabel(figure.metric)}</bdi>
                {' · '}
                <bdi>{scopeLabel(figure.scope)}</bdi>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
