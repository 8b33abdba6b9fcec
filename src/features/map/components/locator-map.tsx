import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/lib/use-translation';
import { locatorOutline } from 'virtual:riwaya-locator-outline';
import { paths } from '@/config/paths';
import type { Place } from '@/corpus/schema';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { locatorProjection } from '../utils/locator-projection';
import { markKind } from '../utils/place-marks';
import { polygonsPath } from '../utils/svg-path';

const width = 160;
const { project, height } = locatorProjection(locatorOutline.bounds, width);
// Drawn once for every event page: the outline never changes.
const outlinePath = polygonsPath(locatorOutline.outline, project);

interface LocatorMapProps {
  places: readonly Place[];
}

/**
 * A small map of the country with an event's places: settlements and sites as
 * dots, areas as dashed boxes, countries not at all (the outline is the
 * country). Nothing when none of the places has coordinates within it.
 */
export function LocatorMap({ places }: LocatorMapProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = places.filter(
    (place) =>
      place.geo !== undefined &&
      place.geo.precision !== 'country' &&
      markKind(place, locatorOutline.bounds) !== 'outside',
  );
  if (shown.length === 0) return null;
  const names = formatList(
    shown.map((place) => localized(place.name, language)),
    language,
  );

  return (
    <figure className="w-32 sm:w-40" data-testid="locator-map">
      <svg
        viewBox={`-2 -2 ${String(width + 4)} ${String(height + 4)}`}
        className="block h-auto w-full"
        role="img"
        aria-label={t('map.locator.label', { places: names })}
      >
        <path d={outlinePath} fill="#f5f5f4" stroke="#57534e" strokeWidth={1} />
        {shown.map((place) => {
          const { geo } = place;
          if (geo === undefined) return null;
          const extent = geo.extent;
          if (extent !== undefined && markKind(place, locatorOutline.bounds) === 'area') {
            const [left, top] = project([extent.west, extent.north]);
            const [right, bottom] = project([extent.east, extent.south]);
            return (
              <rect
                key={place.id}
                x={left}
                y={top}
                width={right - left}
                height={bottom - top}
                fill="none"
                stroke="#115e59"
                strokeWidth={1}
                strokeDasharray="3 2"
              />
            );
          }
          const [x, y] = project([geo.lon, geo.lat]);
          return <circle key={place.id} cx={x} cy={y} r={3} fill="#115e59" stroke="#ffffff" />;
        })}
      </svg>
      <figcaption className="mt-1 text-xs">
        <Link to={paths.map.path} className="text-teal-800 underline hover:text-teal-950">
          {t('map.locator.open')}
        </Link>
      </figcaption>
    </figure>
  );
}
