import { useTranslation } from '@/lib/use-translation';
import type { ReactNode } from 'react';
import { hatchId, PointSymbol } from './map-symbols';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" className="shrink-0">
      {children}
    </svg>
  );
}

/** The map's key: what a circle, a square and a hatched box mean (its hatches are the map's own). */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="rounded-md border border-stone-200 bg-white p-3 text-sm">
      <h2 className="font-semibold text-stone-900">{t('map.legend.title')}</h2>
      <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
        <li className="flex items-center gap-2">
          <Swatch>
            <PointSymbol tone="undisputed" x={14} y={10} r={7} />
          </Swatch>
          {t('map.legend.undisputed')}
        </li>
        <li className="flex items-center gap-2">
          <Swatch>
            <PointSymbol tone="disputed" x={14} y={10} r={7} />
          </Swatch>
          {t('map.legend.disputed')}
        </li>
        <li className="flex items-center gap-2">
          <Swatch>
            <PointSymbol tone="undisputed" x={6} y={10} r={4} />
            <PointSymbol tone="undisputed" x={19} y={10} r={8} />
          </Swatch>
          {t('map.legend.point')}
        </li>
        <li className="flex items-center gap-2">
          <Swatch>
            <rect
              x="2"
              y="2"
              width="11"
              height="16"
              fill={`url(#${hatchId('disputed')})`}
              stroke="#D55E00"
              strokeWidth="1.5"
            />
            <rect
              x="15"
              y="2"
              width="11"
              height="16"
              fill={`url(#${hatchId('undisputed')})`}
              stroke="#0072B2"
              strokeWidth="1.5"
              strokeDasharray="4 2"
            />
          </Swatch>
          {t('map.legend.area')}
        </li>
      </ul>
    </div>
  );
}
