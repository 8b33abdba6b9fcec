import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, render, screen } from '@testing-library/react';
import type { LanguageCode } from '@/config/languages';
import type { Place } from '@/corpus/schema';
import { i18n } from '@/lib/i18n';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import type { PlaceMark } from '../utils/place-marks';
import { MapPlaceList } from './map-place-list';

const basis = {
  ar: 'من GeoNames (ملف cities1000): Idlib',
  en: 'GeoNames (cities1000): Idlib',
};
const idlib: Place = {
  id: 'idlib',
  name: { ar: 'إدلب', en: 'Idlib' },
  aliases: { ar: [], en: [] },
  kind: 'governorate',
  geo: {
    lat: 35.931,
    lon: 36.634,
    extent: { west: 36.15, south: 35.35, east: 37.2, north: 36.35 },
    precision: 'governorate',
    basis,
  },
};
const unmapped: Place = { ...idlib, id: 'nowhere', name: { ar: 'مكان', en: 'Nowhere' } };
delete unmapped.geo;

async function renderList(language: LanguageCode, marks: PlaceMark[]) {
  await i18n.changeLanguage(language);
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <MapPlaceList
          marks={marks}
          language={language}
          selected={new Set()}
          onSelect={() => undefined}
          eventHref={(path) => path}
          listHref={(id) => `/?place=${id}`}
        />
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return render(<RouterProvider router={router} />);
}

const events = corpusIndexFixture.events.slice(0, 1);

describe('MapPlaceList', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it.each(['en', 'ar'] as const)(
    'says where a place’s coordinates come from in the page’s language (%s)',
    async (language) => {
      const { container } = await renderList(language, [
        { place: idlib, kind: 'area', events, disputed: 0 },
        { place: unmapped, kind: 'unmapped', events, disputed: 0 },
      ]);
      await screen.findByRole('heading', { level: 2 });
      const label = i18n.getFixedT(language)('map.list.basis');
      expect(label).not.toBe('map.list.basis');
      const shown = container.querySelectorAll('[data-basis]');
      expect(shown).toHaveLength(1);
      expect(shown[0]).toHaveTextContent(`${label} ${basis[language]}`);
      expect(container.querySelector('li[data-place="nowhere"] [data-basis]')).toBeNull();
    },
  );
});
