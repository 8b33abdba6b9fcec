import { normaliseBase, pageEntries } from './page-meta';
import { hostileCorpusIndex } from './test-corpus-index';

describe('pageEntries', () => {
  const entries = pageEntries(hostileCorpusIndex, '/');

  it('gives every event, source, party and fixed page its own folder with an index.html', () => {
    expect(entries.map((entry) => entry.file)).toEqual([
      'events/hostile-event/index.html',
      'sources/hostile-source/index.html',
      'sources/untranslated-source/index.html',
      'actors/al-wasila/index.html',
      'timeline/index.html',
      'actors/index.html',
      'corpora/index.html',
      'sources/index.html',
    ]);
  });

  it('names a party page in both languages, hostile text kept as text for escaping later', () => {
    const party = entries.find((entry) => entry.file === 'actors/al-wasila/index.html');
    expect(party?.meta.title).toMatch(/^Al-Wasila .* — Riwaya$/);
    expect(party?.meta.description).toContain('(الوسيلة)');
    expect(party?.meta.path).toBe('/actors/al-wasila');
  });

  it('names an event page after its English title and describes it with its summary', () => {
    const meta = entries[0]?.meta;
    expect(meta?.title).toBe('Attack "><script>alert(1)</script> & <b> — Riwaya');
    expect(meta?.description).toMatch(/^Summary with "quotes"/);
    expect(meta?.ogType).toBe('article');
    expect(meta?.path).toBe('/events/hostile-event');
  });

  it('names a source page after its translated title, falling back to the original', () => {
    expect(entries[1]?.meta.title).toMatch(/^Headline /);
    expect(entries[1]?.meta.description).toMatch(
      /^Al-Wasila .*, 2020-01-16\. Original title: عنوان/,
    );
    expect(entries[2]?.meta.title).toBe('عنوان فقط — Riwaya');
    expect(entries[2]?.meta.description).toMatch(/^2019\. Original title: عنوان فقط\./);
  });

  it('puts paths under BASE_PATH', () => {
    const nested = pageEntries(hostileCorpusIndex, '/riwaya');
    expect(nested[0]?.meta.path).toBe('/riwaya/events/hostile-event');
    expect(nested[0]?.file).toBe('events/hostile-event/index.html');
  });
});

describe('normaliseBase', () => {
  it('adds the trailing slash and refuses relative bases, which break nested pages', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/riwaya')).toBe('/riwaya/');
    expect(() => normaliseBase('./')).toThrow(/absolute path/);
  });
});
