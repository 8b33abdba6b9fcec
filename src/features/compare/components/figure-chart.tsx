import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@/config/languages';
import { chartMaximum } from '../utils/bar-extent';
import type { FigureChart as FigureChartData } from '../utils/figure-charts';
import { allowedValues, statedAmount } from './figure-amount';
import { FigureBar } from './figure-bar';

interface FigureChartProps {
  chart: FigureChartData;
  metric: string;
  scope: string;
  asTable: boolean;
  language: LanguageCode;
  nameOf: (actorId: string) => string;
}

/** One metric in one scope: each party's bar, or the same facts as a table. */
export function FigureChart({ chart, metric, scope, asTable, language, nameOf }: FigureChartProps) {
  const { t } = useTranslation();
  const maximum = chartMaximum(chart.bars);
  const key = (bar: (typeof chart.bars)[number]) => `${bar.party}-${bar.qualifier}-${bar.value}`;

  if (asTable) {
    return (
      <table
        data-figure-chart={`${chart.metric}/${chart.scope}`}
        className="w-full border-collapse text-start text-sm"
      >
        <caption className="pb-1 text-start">
          <ChartTitle metric={metric} scope={scope} />
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
                <bdi>{nameOf(bar.party)}</bdi>
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

  return (
    <figure data-figure-chart={`${chart.metric}/${chart.scope}`}>
      <figcaption>
        <ChartTitle metric={metric} scope={scope} />
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

/** The metric, then the scope it was counted in: what makes two figures comparable. */
function ChartTitle({ metric, scope }: { metric: string; scope: string }) {
  return (
    <>
      <span className="block text-sm font-semibold text-stone-900">{metric}</span>
      <span className="block text-xs text-stone-600">{scope}</span>
    </>
  );
}
