import { normaliseBase, pageEntries } from './page-meta';
import { hostileCorpusIndex } from './test-corpus-index';

describe('pageEntries', () => {
  const all = pageEntries(hostileCorpusIndex, '/', 'The list.');
  const entries = all.filter((entry) => entry.meta.language === 'en');
  const arabic = all.filter((entry) => entry.meta.language === 'ar');
  const englishFiles = [
    'index.html',
    'events/hostile-event/index.html',
    'sources/hostile-source/index.html',
    'sources/untranslated-source/index.html',
    'actors/al-wasila/index.html',
    'timeline/index.html',
    'map/index.html',
    'actors/index.html',
    'corpora/index.html',
    'sources/index.html',
  ];

  it('gives the list, every event, source, party and fixed page its own folder page', () => {
    expect(entries.map((entry) => entry.file)).toEqual(englishFiles);
  });

  it('mirrors every page in Arabic under ar/, each naming the other as its alternate', () => {
    expect(arabic.map((entry) => entry.file)).toEqual(englishFiles.map((file) => `ar/${file}`));
    const party = arabic.find((entry) => entry.file === 'ar/actors/al-wasila/index.html');
    expect(party?.meta.path).toBe('/ar/actors/al-wasila');
    expect(party?.meta.alternates).toEqual({ en: '/actors/al-wasila', ar: '/ar/actors/al-wasila' });
    expect(party?.meta.title).toBe('الوسيلة — رواية');
    expect(arabic[0]?.meta.path).toBe('/ar/');
    expect(arabic[0]?.meta.alternates.en).toBe('/');
    const event = arabic.find((entry) => entry.eventId === 'hostile-event');
    expect(event?.meta.title).toBe('حدث — رواية');
    expect(event?.meta.description).toBe('ملخص');
  });

  it('names a party page in both languages, hostile text kept as text for escaping later', () => {
    const party = entries.find((entry) => entry.file === 'actors/al-wasila/index.html');
    expect(party?.meta.title).toMatch(/^Al-Wasila .* — Riwaya$/);
    expect(party?.meta.description).toContain('(الوسيلة)');
    expect(party?.meta.path).toBe('/actors/al-wasila');
  });

  it('names an event page after its English title and describes it with its summary', () => {
    const meta = entries[1]?.meta;
    expect(meta?.title).toBe('Attack "><script>alert(1)</script> & <b> — Riwaya');
    expect(meta?.description).toMatch(/^Summary with "quotes"/);
    expect(meta?.ogType).toBe('article');
    expect(meta?.path).toBe('/events/hostile-event');
  });

  it('names a source page after its translated title, falling back to the original', () => {
    expect(entries[2]?.meta.title).toMatch(/^Headline /);
    expect(entries[2]?.meta.description).toMatch(
      /^Al-Wasila .*, 2020-01-16\. Original title: عنوان/,
    );
    expect(entries[3]?.meta.title).toBe('عنوان فقط — Riwaya');
    expect(entries[3]?.meta.description).toMatch(/^2019\. Original title: عنوان فقط\./);
  });

  it('puts paths under BASE_PATH', () => {
    const nested = pageEntries(hostileCorpusIndex, '/riwaya', 'The list.');
    expect(nested[1]?.meta.path).toBe('/riwaya/events/hostile-event');
    expect(nested[1]?.file).toBe('events/hostile-event/index.html');
    expect(nested.find((entry) => entry.file === 'ar/index.html')?.meta.path).toBe('/riwaya/ar/');
  });
});

describe('normaliseBase', () => {
  it('adds the trailing slash and refuses relative bases, which break nested pages', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/riwaya')).toBe('/riwaya/');
    expect(() => normaliseBase('./')).toThrow(/absolute path/);
  });
});
