import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus, type CorpusFixture } from './corpus-fixture';

const PLACES = 'data/places.json';

/** The fixture's places (Syria › Hama › Tal Milh) with sound geometry, which each test breaks. */
function mappedCorpus(): CorpusFixture {
  const fixture = minimalCorpus();
  const [syria, hama, talMilh] = fixture.places;
  if (!syria || !hama || !talMilh) throw new Error('fixture places missing');
  syria.geo = {
    lat: 35,
    lon: 38.5,
    extent: { west: 35.6, south: 32.3, east: 42.4, north: 37.4 },
    precision: 'country',
    basis: { ar: 'حدود الدول في Natural Earth', en: 'Natural Earth admin-0, bounding box' },
  };
  hama.geo = {
    lat: 35.13,
    lon: 36.75,
    extent: { west: 36.1, south: 34.65, east: 38.2, north: 35.7 },
    precision: 'governorate',
    basis: { ar: 'مستطيل تقريبي', en: 'OpenStreetMap, approximate bounding box' },
  };
  talMilh.geo = {
    lat: 35.35,
    lon: 36.53,
    precision: 'settlement',
    basis: { ar: 'GeoNames', en: 'GeoNames' },
  };
  return fixture;
}

function geoOf(fixture: CorpusFixture, position: number) {
  const geo = fixture.places[position]?.geo;
  if (!geo) throw new Error('fixture geo missing');
  return geo;
}

describe('checkPlaces', () => {
  it('accepts sound geometry, and places without any', () => {
    expect(compileErrors(mappedCorpus())).toEqual([]);
    const unmapped = mappedCorpus();
    const [, hama, talMilh] = unmapped.places;
    if (hama) delete hama.geo;
    if (talMilh) delete talMilh.geo;
    expect(compileErrors(unmapped)).toEqual([]);
  });

  it('reports coordinates out of range', () => {
    const fixture = mappedCorpus();
    geoOf(fixture, 2).lat = 95;
    geoOf(fixture, 1).lon = -181;
    expect(compileErrors(fixture)).toEqual([
      { file: PLACES, path: '$.places[1].geo.lon', message: 'lon must be between -180 and 180' },
      { file: PLACES, path: '$.places[2].geo.lat', message: 'lat must be between -90 and 90' },
    ]);
  });

  it('reports a place outside its parent, up to the nearest parent with an extent', () => {
    const fixture = mappedCorpus();
    // Tal Milh put in Aleppo: outside Hama.
    Object.assign(geoOf(fixture, 2), { lat: 36.2, lon: 37.16 });
    expect(compileErrors(fixture)).toEqual([
      {
        file: PLACES,
        path: '$.places[2].geo.lat',
        message: '36.2, 37.16 lies outside "hama", which it is within',
      },
    ]);
    // Without Hama's geometry, Syria's extent is the bound, and Aleppo lies in it.
    delete fixture.places[1]?.geo;
    expect(compileErrors(fixture)).toEqual([]);
    Object.assign(geoOf(fixture, 2), { lat: 43.59, lon: 39.73 });
    expect(compileErrors(fixture)).toEqual([
      {
        file: PLACES,
        path: '$.places[2].geo.lat',
        message: '43.59, 39.73 lies outside "syria", which it is within',
      },
    ]);
  });

  it('reports a precision without a basis', () => {
    const fixture = mappedCorpus();
    delete geoOf(fixture, 2).basis;
    expect(compileErrors(fixture)).toEqual([
      {
        file: PLACES,
        path: '$.places[2].geo.basis',
        message:
          'precision "settlement" needs a basis: name the gazetteer or reference the coordinates come from, in Arabic and English',
      },
    ]);
  });

  it('reports a basis in one language only, or as a bare string, at its path', () => {
    const fixture = mappedCorpus();
    Object.assign(geoOf(fixture, 2), { basis: 'GeoNames' });
    Object.assign(geoOf(fixture, 1), { basis: { ar: ' ', en: 'OpenStreetMap' } });
    expect(compileErrors(fixture)).toEqual([
      { file: PLACES, path: '$.places[1].geo.basis.ar', message: 'Arabic text must not be empty' },
      {
        file: PLACES,
        path: '$.places[2].geo.basis',
        message:
          'a basis is { "ar": …, "en": … }: name the gazetteer or reference in both languages',
      },
    ]);
  });

  it('reports an area without an extent, and an extent that does not hold its point', () => {
    const fixture = mappedCorpus();
    delete geoOf(fixture, 0).extent;
    geoOf(fixture, 1).extent = { west: 36.4, south: 35.2, east: 36.7, north: 35.7 };
    expect(compileErrors(fixture)).toEqual([
      {
        file: PLACES,
        path: '$.places[0].geo.extent',
        message:
          'precision "country" is an area: give its extent, or it would be drawn as a pin-point',
      },
      {
        file: PLACES,
        path: '$.places[1].geo.lat',
        message: "the point lies outside the place's own extent",
      },
    ]);
  });
});
