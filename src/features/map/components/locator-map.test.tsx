import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen } from '@testing-library/react';
import type { Place } from '@/corpus/schema';
import { LocatorMap } from './locator-map';

const place = (id: string, en: string, geo?: Place['geo']): Place => ({
  id,
  name: { en, ar: en },
  aliases: { ar: [], en: [] },
  kind: 'town',
  ...(geo ? { geo } : {}),
});
const town = place('kafr-nabuda', 'Kafr Nabuda', {
  lat: 35.43,
  lon: 36.5,
  precision: 'settlement',
  basis: { ar: 'GeoNames', en: 'GeoNames' },
});
const zone = place('zone', 'The zone', {
  lat: 35.8,
  lon: 36.6,
  extent: { west: 35.95, south: 35.2, east: 37.3, north: 36.35 },
  precision: 'area',
  basis: { ar: 'OpenStreetMap', en: 'OpenStreetMap' },
});
const syria = place('syria', 'Syria', {
  lat: 35,
  lon: 38.5,
  extent: { west: 35.6, south: 32.3, east: 42.4, north: 37.35 },
  precision: 'country',
  basis: { ar: 'Natural Earth', en: 'Natural Earth' },
});
const astana = place('astana', 'Astana', {
  lat: 51.17,
  lon: 71.45,
  precision: 'settlement',
  basis: { ar: 'GeoNames', en: 'GeoNames' },
});

function renderLocator(places: Place[]) {
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <main>
          <h1>Event</h1>
          <LocatorMap places={places} />
        </main>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return render(<RouterProvider router={router} />);
}

describe('LocatorMap', () => {
  afterEach(() => {
    cleanup();
  });

  it('marks settlements as dots and areas as boxes, named in its text alternative', async () => {
    const { container } = renderLocator([town, zone, syria, astana, place('unmapped', 'Nowhere')]);
    const map = await screen.findByRole('img');
    // The country is the outline itself; a place beyond it and one without coordinates are left out.
    expect(map).toHaveAccessibleName(/Kafr Nabuda and The zone$/);
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    expect(container.querySelectorAll('rect')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'See on the map' })).toHaveAttribute('href', '/map');
  });

  it('draws nothing when no place has coordinates in the country', async () => {
    const { container } = renderLocator([syria, astana, place('unmapped', 'Nowhere')]);
    await screen.findByRole('heading', { name: 'Event' });
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('svg')).toBeNull();
  });
});
