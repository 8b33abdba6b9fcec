import { useTranslation } from '@/lib/use-translation';
import { AppAnchor } from '@/components/ui/app-anchor';
import { Button } from '@/components/ui/button';
import type { LanguageCode } from '@/config/languages';
import { paths } from '@/config/paths';
import { localized } from '@/lib/localized';
import type { MarkKind, PlaceMark } from '../utils/place-marks';

/** Events listed under each place; the rest are a link away, so 10,000 events stay a short list. */
const eventsPerPlace = 8;

interface MapPlaceListProps {
  marks: readonly PlaceMark[];
  language: LanguageCode;
  selected: ReadonlySet<string>;
  onSelect: (placeId: string) => void;
  eventHref: (path: string) => string;
  listHref: (placeId: string) => string;
}

const groups: readonly { kinds: readonly MarkKind[]; heading?: 'outside' | 'unmapped' }[] = [
  { kinds: ['point', 'area'] },
  { kinds: ['outside'], heading: 'outside' },
  { kinds: ['unmapped'], heading: 'unmapped' },
];

/**
 * What the map shows, as text: each place with its events, and the same
 * choice of a place the map's click makes. Places outside the map's area and
 * places without coordinates are listed too, never dropped.
 */
export function MapPlaceList({
  marks,
  language,
  selected,
  onSelect,
  eventHref,
  listHref,
}: MapPlaceListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="map-places-title" className="space-y-4">
      <h2 id="map-places-title" className="text-lg font-semibold">
        {t('map.list.title')}
      </h2>
      {groups.map(({ kinds, heading }) => {
        const shown = marks.filter((mark) => kinds.includes(mark.kind));
        if (shown.length === 0) return null;
        return (
          <div key={kinds.join()} data-group={heading ?? 'mapped'}>
            {heading ? (
              <h3 className="mb-2 text-sm font-semibold text-stone-700">
                {t(`map.list.${heading}`)}
              </h3>
            ) : null}
            <ul className="space-y-3">
              {shown.map((mark) => {
                const name = localized(mark.place.name, language);
                const { geo } = mark.place;
                const more = mark.events.length - eventsPerPlace;
                return (
                  <li
                    key={mark.place.id}
                    data-place={mark.place.id}
                    className="rounded-md border border-stone-200 bg-white p-3"
                  >
                    {heading ? (
                      <h4 className="font-semibold text-stone-900">{name}</h4>
                    ) : (
                      <h3 className="font-semibold text-stone-900">{name}</h3>
                    )}
                    <p className="text-sm text-stone-700">
                      {geo ? `${t(`map.precision.${geo.precision}`)} · ` : null}
                      {t('map.events', { count: mark.events.length })}
                      {mark.disputed > 0
                        ? ` · ${t('map.list.disputed', { count: mark.disputed })}`
                        : null}
                    </p>
                    <Button
                      size="inline"
                      variant="quiet"
                      className="mt-1"
                      aria-pressed={selected.has(mark.place.id)}
                      onClick={() => {
                        onSelect(mark.place.id);
                      }}
                    >
                      {t('map.list.filter', { name })}
                    </Button>
                    <ul className="mt-2 list-disc space-y-1 ps-5 text-sm">
                      {mark.events.slice(0, eventsPerPlace).map((event) => (
                        <li key={event.id}>
                          <AppAnchor
                            href={eventHref(paths.event.getHref(event.id))}
                            className="text-teal-800 underline hover:text-teal-950"
                          >
                            {localized(event.title, language)}
                          </AppAnchor>
                        </li>
                      ))}
                    </ul>
                    {more > 0 ? (
                      <AppAnchor
                        href={listHref(mark.place.id)}
                        className="mt-1 inline-block text-sm text-teal-800 underline hover:text-teal-950"
                      >
                        {t('map.list.more', { count: more })}
                      </AppAnchor>
                    ) : null}
                    {geo?.basis ? (
                      <p className="mt-1 text-xs text-stone-600" data-basis>
                        {t('map.list.basis')} <bdi dir="auto">{localized(geo.basis, language)}</bdi>
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
