import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/corpus/schema';
import { generateCorpus } from './generate-corpus';

function placesOf(seed: number): Place[] {
  const { files } = generateCorpus({ events: 30, claims: 400, actors: 20, seed });
  const file = files.find((candidate) => candidate.path === 'places.json');
  return (JSON.parse(file?.text ?? '{}') as { places: Place[] }).places;
}

describe('the synthetic corpus’s place geometry', () => {
  const places = placesOf(7);
  const byId = new Map(places.map((place) => [place.id, place]));

  it('gives every place coordinates with a precision and a basis', () => {
    expect(places.length).toBeGreaterThan(10);
    for (const place of places) {
      expect(place.geo?.basis?.en).toMatch(/^Synthetic/);
      expect(place.geo?.basis?.ar).toMatch(/^مكان مصطنع/);
    }
    expect(places.filter((place) => place.geo?.precision === 'settlement').length).toBeGreaterThan(
      5,
    );
  });

  it('puts each town inside its governorate’s extent, and governorates apart', () => {
    for (const place of places) {
      const parent = place.within === undefined ? undefined : byId.get(place.within);
      const extent = parent?.geo?.extent;
      if (!place.geo || !extent) continue;
      expect(place.geo.lat).toBeGreaterThanOrEqual(extent.south);
      expect(place.geo.lat).toBeLessThanOrEqual(extent.north);
      expect(place.geo.lon).toBeGreaterThanOrEqual(extent.west);
      expect(place.geo.lon).toBeLessThanOrEqual(extent.east);
    }
    const centres = places
      .filter((place) => place.kind === 'governorate')
      .map((place) => `${String(place.geo?.lat)},${String(place.geo?.lon)}`);
    expect(new Set(centres).size).toBe(centres.length);
  });
});
