import type { Place } from '../../src/corpus/schema';
import type { PlaceExtent } from '../../src/corpus/place-geo-schema';

/** Syria's bounding box, roughly: the synthetic places are laid out inside it. */
const country: PlaceExtent = { west: 35.8, south: 32.4, east: 42.2, north: 37.2 };
const basis = {
  ar: 'مكان مصطنع: وضعه مولّد مجموعة النصوص التجريبية، وليس موقعًا حقيقيًا',
  en: 'Synthetic: laid out by the corpus generator, not a real position',
};

const round = (value: number) => Math.round(value * 1000) / 1000;
/** The fractional part: with the golden ratio, a low-discrepancy spread that uses no random draws. */
const fraction = (value: number) => value - Math.floor(value);

/**
 * Coordinates for the synthetic corpus, so the map and its benchmark have
 * something to draw: the country's box, the governorates as a grid of boxes
 * inside it, and each town spread inside its governorate's box. Deterministic
 * and free of random draws, so the rest of the corpus a seed gives is unchanged.
 */
export function withGeometry(places: readonly Place[]): Place[] {
  const provinces = places.filter((place) => place.kind === 'governorate');
  const columns = Math.ceil(Math.sqrt(provinces.length));
  const rows = Math.max(1, Math.ceil(provinces.length / columns));
  const width = (country.east - country.west) / columns;
  const height = (country.north - country.south) / rows;
  const extents = new Map<string, PlaceExtent>(
    provinces.map((province, position) => {
      const west = country.west + (position % columns) * width;
      const north = country.north - Math.floor(position / columns) * height;
      return [
        province.id,
        {
          west: round(west),
          south: round(north - height),
          east: round(west + width),
          north: round(north),
        },
      ];
    }),
  );
  let town = 0;
  return places.map((place): Place => {
    if (place.kind === 'country') {
      return {
        ...place,
        geo: { lat: 35, lon: 38.5, extent: country, precision: 'country', basis },
      };
    }
    const extent = extents.get(place.id);
    if (extent) {
      const lat = round((extent.south + extent.north) / 2);
      const lon = round((extent.west + extent.east) / 2);
      return { ...place, geo: { lat, lon, extent, precision: 'governorate', basis } };
    }
    const parent = place.within === undefined ? undefined : extents.get(place.within);
    if (!parent) return place;
    town += 1;
    // Kept off the box's edges, so a rounded coordinate never leaves it.
    const u = 0.05 + 0.9 * fraction(town * 0.618_034);
    const v = 0.05 + 0.9 * fraction(town * 0.754_877_7);
    return {
      ...place,
      geo: {
        lat: round(parent.south + v * (parent.north - parent.south)),
        lon: round(parent.west + u * (parent.east - parent.west)),
        precision: 'settlement',
        basis,
      },
    };
  });
}
