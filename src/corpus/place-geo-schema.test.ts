import { describe, expect, it } from 'vitest';
import { compiledPlaceGeoSchema, placeGeoSchema } from './place-geo-schema';
import { corpusIndexSchema } from './shards';

const point = { lat: 35.415, lon: 36.391, precision: 'settlement' } as const;
const basis = { ar: 'GeoNames: قلعة المضيق', en: 'GeoNames: Qal‘at al Maḑīq' };

describe('placeGeoSchema', () => {
  it('takes a basis in Arabic and English', () => {
    expect(placeGeoSchema.parse({ ...point, basis })).toEqual({ ...point, basis });
  });

  it('refuses a basis as one string, or missing a language, or with another', () => {
    const messages = (value: unknown) =>
      placeGeoSchema
        .safeParse({ ...point, basis: value })
        .error?.issues.map(({ path, message }) => ({ path, message }));
    const shape =
      'a basis is { "ar": …, "en": … }: name the gazetteer or reference in both languages';
    expect(messages('GeoNames')).toEqual([{ path: ['basis'], message: shape }]);
    expect(messages({ en: 'GeoNames' })).toEqual([
      { path: ['basis', 'ar'], message: 'Arabic text must be a string' },
    ]);
    expect(messages({ ar: 'GeoNames', en: '  ' })).toEqual([
      { path: ['basis', 'en'], message: 'English text must not be empty' },
    ]);
    expect(messages({ ...basis, fr: 'GeoNames' })).toEqual([{ path: ['basis'], message: shape }]);
  });
});

describe('compiledPlaceGeoSchema', () => {
  it('opens a basis compiled as one string, for both languages', () => {
    expect(compiledPlaceGeoSchema.parse({ ...point, basis: 'GeoNames' })).toEqual({
      ...point,
      basis: { ar: 'GeoNames', en: 'GeoNames' },
    });
    expect(compiledPlaceGeoSchema.parse({ ...point, basis })).toEqual({ ...point, basis });
    expect(compiledPlaceGeoSchema.safeParse({ ...point, basis: ' ' }).success).toBe(false);
  });

  it('lets an index compiled before bilingual bases open, its places’ bases in both languages', () => {
    const place = (id: string, geo: object) => ({
      id,
      name: { ar: id, en: id },
      aliases: { ar: [], en: [] },
      kind: 'town',
      geo: { ...point, ...geo },
    });
    const places = corpusIndexSchema.shape.places.parse([
      place('older', { basis: 'GeoNames (Idlib)' }),
      place('newer', { basis }),
    ]);
    expect(places.map((parsed) => parsed.geo?.basis)).toEqual([
      { ar: 'GeoNames (Idlib)', en: 'GeoNames (Idlib)' },
      basis,
    ]);
  });
});
