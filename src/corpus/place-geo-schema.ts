import { z } from './zod.ts';
import { arabicTextSchema, englishTextSchema, localizedTextSchema } from './primitives.ts';

/**
 * How precisely a place's geometry is known: an exact site (an airport, a
 * hill), a settlement (a town or village, to about a kilometre), or an area
 * (a countryside, a zone), a governorate or a country, drawn as areas and
 * never as pin-points.
 */
export const placePrecisionSchema = z.enum(
  ['site', 'settlement', 'area', 'governorate', 'country'],
  {
    error: 'precision must be one of site, settlement, area, governorate, country',
  },
);

const latitude = (what: string) =>
  z
    .number({ error: `${what} must be a number of degrees` })
    .min(-90, { error: `${what} must be between -90 and 90` })
    .max(90, { error: `${what} must be between -90 and 90` });

const longitude = (what: string) =>
  z
    .number({ error: `${what} must be a number of degrees` })
    .min(-180, { error: `${what} must be between -180 and 180` })
    .max(180, { error: `${what} must be between -180 and 180` });

/** A bounding box in degrees (WGS 84); east ≥ west, for no corpus place crosses the antimeridian. */
export const placeExtentSchema = z.strictObject({
  west: longitude('west'),
  south: latitude('south'),
  east: longitude('east'),
  north: latitude('north'),
});

/**
 * Where a place is: a point (WGS 84 degrees) for a site or settlement; for an
 * area a representative point and its extent. `basis` names the public
 * gazetteer or reference the figures come from, in both languages, since
 * readers see it beside the map; the compiler requires it.
 */
export const placeGeoSchema = z.strictObject({
  lat: latitude('lat'),
  lon: longitude('lon'),
  extent: placeExtentSchema.optional(),
  precision: placePrecisionSchema,
  basis: z
    .strictObject(
      { ar: arabicTextSchema, en: englishTextSchema },
      {
        error: 'a basis is { "ar": …, "en": … }: name the gazetteer or reference in both languages',
      },
    )
    .optional(),
});

/**
 * A basis as a compiled index carries it. Corpora compiled while the basis was
 * one English string, already imported into a reader's browser or packed into
 * a self-contained link, still open: the string stands for both languages.
 */
const compiledBasisSchema = z.union([
  localizedTextSchema,
  z
    .string()
    .trim()
    .min(1)
    .transform((text) => ({ ar: text, en: text })),
]);

/** A place's geometry as a compiled index carries it: as in data/, with an older basis accepted. */
export const compiledPlaceGeoSchema = placeGeoSchema.extend({
  basis: compiledBasisSchema.optional(),
});

export type PlaceExtent = z.infer<typeof placeExtentSchema>;
