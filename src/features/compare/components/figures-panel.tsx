import { memo, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { CompiledClaim } from '@/corpus/shards';
import { usePrintMedia } from '../hooks/use-print-media';
import { figureCharts, type FigureChart as FigureChartData } from '../utils/figure-charts';
import { FigureChart } from './figure-chart';
import { FigureLegend } from './figure-legend';
import { VagueFigures } from './vague-figures';

interface FiguresPanelProps {
  claims: readonly CompiledClaim[];
  parties: readonly string[];
  nameOf: (actorId: string) => string;
  metricLabel: (id: string) => string;
  scopeLabel: (id: string) => string;
}

/**
 * The numbers the parties on screen give, one chart per metric and scope:
 * comparisons first, then figures only one party gives. Tables carry the same
 * facts for screen readers and for anyone who wants to read exact values.
 */
export const FiguresPanel = memo(function FiguresPanel(props: FiguresPanelProps) {
  const { claims, parties, nameOf, metricLabel, scopeLabel } = props;
  const { t } = useTranslation();
  const [asTables, setAsTables] = useState(false);
  // Paper cannot show hover states or follow links: the bars print as their tables.
  const printing = usePrintMedia();
  const tables = asTables || printing;
  const { charts, vague } = useMemo(() => figureCharts(claims, parties), [claims, parties]);
  const comparisons = charts.filter((chart) => chart.partyCount > 1);
  const singles = charts.filter((chart) => chart.partyCount <= 1);
  const group = (heading: string, list: FigureChartData[]) =>
    list.length === 0 ? null : (
      <div className="mt-5">
        <h3 className="text-base font-semibold text-stone-900">{heading}</h3>
        <div className="mt-2 grid gap-x-8 gap-y-5 lg:grid-cols-2">
          {list.map((chart) => (
            <FigureChart
              key={`${chart.metric}/${chart.scope}`}
              chart={chart}
              metric={metricLabel(chart.metric)}
              scope={scopeLabel(chart.scope)}
              asTable={tables}
              nameOf={nameOf}
            />
          ))}
        </div>
      </div>
    );

  return (
    <section
      id="figures"
      aria-labelledby="figures-title"
      className="mt-10 rounded-md border border-stone-200 bg-white p-4"
    >
      <h2 id="figures-title" className="text-xl font-bold text-stone-950">
        {t('compare.figuresPanel.title')}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t('compare.figuresPanel.intro')}</p>
      {charts.length === 0 && vague.length === 0 ? (
        <p className="mt-3 text-stone-700">{t('compare.figuresPanel.none')}</p>
      ) : (
        <>
          {charts.length > 0 ? (
            <div className="mt-3 flex flex-wrap items-start justify-between gap-3 print:hidden">
              <label className="flex cursor-pointer items-center gap-2 text-sm text-stone-800">
                <input
                  type="checkbox"
                  checked={asTables}
                  onChange={(event) => {
                    setAsTables(event.currentTarget.checked);
                  }}
                  className="size-4 accent-teal-800"
                />
                {t('compare.figuresPanel.showTables')}
              </label>
              {tables ? null : <FigureLegend />}
            </div>
          ) : null}
          {group(t('compare.figuresPanel.comparisons'), comparisons)}
          {group(t('compare.figuresPanel.singles'), singles)}
          <VagueFigures
            figures={vague}
            nameOf={nameOf}
            metricLabel={metricLabel}
            scopeLabel={scopeLabel}
          />
        </>
      )}
    </section>
  );
});
