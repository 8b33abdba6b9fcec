import type { SourceSummary } from '@/corpus/shards';
import { filterSourceRows, sortSourceRows, type SourceRow } from './source-rows';

const summary = (id: string, published: string, fields: Partial<SourceSummary> = {}) => ({
  id,
  outlet: null,
  title: id,
  language: 'ar',
  published: {
    value: published,
    precision: published.length === 4 ? ('year' as const) : ('day' as const),
    basis: 'stated' as const,
  },
  shard: `sources/${id}.0123456789abcdef.json`,
  ...fields,
});

const rows: SourceRow[] = [
  { summary: summary('b-later', '2020-01-16'), claims: 2, events: 1 },
  { summary: summary('a-year', '2020'), claims: 9, events: 3 },
  { summary: summary('c-earlier', '2019-06-20'), claims: 2, events: 2 },
];
const ids = (list: readonly SourceRow[]) => list.map((row) => row.summary.id);

describe('sortSourceRows', () => {
  it('puts the oldest first, a year counting from its first day, then by id', () => {
    expect(ids(sortSourceRows(rows, 'date'))).toEqual(['c-earlier', 'a-year', 'b-later']);
  });

  it('puts the most cited first, then the most events, then the oldest', () => {
    expect(ids(sortSourceRows(rows, 'cited'))).toEqual(['a-year', 'c-earlier', 'b-later']);
  });
});

describe('filterSourceRows', () => {
  const titled = [
    { summary: summary('l39', '2019', { title: 'إسقاط طائرة لام 39 فوق ريف حماة' }) },
    {
      summary: summary('offer', '2019', {
        title: 'روسيا تعرض الدعم',
        titleTranslation: { en: 'Russia offers support' },
        outlet: 'al-wasila',
      }),
    },
  ];
  const outletName = (row: SourceSummary, language: 'en' | 'ar') =>
    row.outlet === 'al-wasila' ? (language === 'en' ? 'al-Wasila' : 'الوسيلة') : 'unnamed';

  it('folds Arabic spelling variants and designations as the event search does', () => {
    expect(ids(filterSourceRows(titled, 'اسقاط', outletName))).toEqual(['l39']);
    expect(ids(filterSourceRows(titled, 'L-39', outletName))).toEqual(['l39']);
  });

  it('finds the English translation of a title, and an outlet in either language', () => {
    expect(ids(filterSourceRows(titled, 'offers', outletName))).toEqual(['offer']);
    expect(ids(filterSourceRows(titled, 'الوسيله', outletName))).toEqual(['offer']);
    expect(ids(filterSourceRows(titled, 'wasila', outletName))).toEqual(['offer']);
  });

  it('keeps every row for an empty query and none for words found nowhere', () => {
    expect(ids(filterSourceRows(titled, '  ', outletName))).toEqual(['l39', 'offer']);
    expect(filterSourceRows(titled, 'nowhere', outletName)).toEqual([]);
  });
});
