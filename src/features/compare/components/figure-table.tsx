import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { paths } from '@/config/paths';
import { MetricUnit, useMetricUnit } from '@/components/metric-unit';
import { statedAmount } from '@/lib/figure-amount-text';
import { useLanguage } from '@/lib/use-language';
import { allowedValues } from '../utils/allowed-values';
import type { FigureChart as FigureChartData } from '../utils/figure-charts';

interface FigureTableProps {
  chart: FigureChartData;
  metric: string;
  scope: string;
  nameOf: (actorId: string) => string;
}

/** One metric in one scope as a table: each party's figure as stated, and what it allows. */
export function FigureTable({ chart, metric, scope, nameOf }: FigureTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const key = (bar: (typeof chart.bars)[number]) => `${bar.party}-${bar.qualifier}-${bar.value}`;
  return (
    <table
      data-figure-chart={`${chart.metric}/${chart.scope}`}
      className="w-full border-collapse text-start text-sm"
    >
      <caption className="pb-1 text-start">
        <ChartTitle metric={metric} metricId={chart.metric} scope={scope} />
      </caption>
      <thead>
        <tr className="border-b border-stone-300 text-stone-700">
          <th scope="col" className="p-1.5 text-start font-medium">
            {t('compare.figuresPanel.party')}
          </th>
          <th scope="col" className="p-1.5 text-start font-medium">
            {t('compare.figuresPanel.stated')}
          </th>
          <th scope="col" className="p-1.5 text-start font-medium">
            {t('compare.figuresPanel.allows')}
          </th>
          <th scope="col" className="p-1.5 text-start font-medium">
            {t('compare.figuresPanel.claim')}
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.bars.map((bar) => (
          <tr key={key(bar)} className="border-b border-stone-200">
            <th scope="row" className="p-1.5 text-start font-medium">
              <Link
                to={paths.actor.path}
                params={{ actorId: bar.party }}
                className="text-teal-800 underline hover:text-teal-950"
              >
                <bdi>{nameOf(bar.party)}</bdi>
              </Link>
            </th>
            <td className="p-1.5">{statedAmount(t, bar.value, bar.qualifier, language)}</td>
            <td className="p-1.5">{allowedValues(t, bar.value, bar.qualifier, language)}</td>
            <td className="p-1.5">
              {bar.claims.map((claimId, position) => (
                <a
                  key={claimId}
                  href={`#claim-${claimId}`}
                  className="me-2 text-teal-800 underline hover:text-teal-950"
                >
                  {/* Several claims state it: each link gets its own name. */}
                  {bar.claims.length === 1
                    ? t('compare.figuresPanel.goToClaim')
                    : t('compare.figuresPanel.claimNumber', { n: position + 1 })}
                </a>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The metric and its unit, then the scope it was counted in: what makes two figures comparable. */
export function ChartTitle({
  metric,
  metricId,
  scope,
}: {
  metric: string;
  metricId: string;
  scope: string;
}) {
  const unit = useMetricUnit(metricId);
  return (
    <>
      <span className="block text-sm font-semibold text-stone-900">
        {metric}
        <MetricUnit unit={unit} />
      </span>
      <span className="block text-xs text-stone-600">{scope}</span>
    </>
  );
}
