import { useTranslation } from '@/lib/use-translation';
import { statedAmount } from '@/lib/figure-amount-text';
import { useLanguage } from '@/lib/use-language';
import { chartMaximum } from '../utils/bar-extent';
import type { FigureChart as FigureChartData } from '../utils/figure-charts';
import { FigureBar } from './figure-bar';
import { ChartTitle, FigureTable } from './figure-table';

interface FigureChartProps {
  chart: FigureChartData;
  metric: string;
  scope: string;
  asTable: boolean;
  nameOf: (actorId: string) => string;
}

/** One metric in one scope: each party's bar, or the same facts as a table. */
export function FigureChart({ chart, metric, scope, asTable, nameOf }: FigureChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const maximum = chartMaximum(chart.bars);
  const key = (bar: (typeof chart.bars)[number]) => `${bar.party}-${bar.qualifier}-${bar.value}`;

  if (asTable) {
    return <FigureTable chart={chart} metric={metric} scope={scope} nameOf={nameOf} />;
  }

  return (
    <figure data-figure-chart={`${chart.metric}/${chart.scope}`}>
      <figcaption>
        <ChartTitle metric={metric} metricId={chart.metric} scope={scope} />
      </figcaption>
      <ul className="mt-2 space-y-2">
        {chart.bars.map((bar) => {
          const amount = statedAmount(t, bar.value, bar.qualifier, language);
          return (
            <li key={key(bar)}>
              <a
                href={`#claim-${bar.claims[0] ?? ''}`}
                data-party={bar.party}
                className="group grid grid-cols-1 items-center gap-x-3 gap-y-1 rounded p-1 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700 sm:grid-cols-[12rem_1fr_8rem]"
              >
                <bdi className="text-sm text-stone-800 group-hover:underline">
                  {nameOf(bar.party)}
                </bdi>
                <FigureBar value={bar.value} qualifier={bar.qualifier} maximum={maximum} />
                <span className="text-sm font-semibold text-stone-900">
                  <bdi>{amount}</bdi>
                  {bar.claims.length > 1 ? (
                    <span className="sr-only"> ({t('compare.figuresPanel.alsoIn')})</span>
                  ) : null}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
