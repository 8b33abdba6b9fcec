import { canonicalUrl } from './canonical-url';

const root = 'https://x.test/';

describe('canonicalUrl', () => {
  it('keeps the view as the routes parsed it, lists comma-separated', () => {
    expect(
      canonicalUrl(
        { root, pathname: '/events/e', search: { actors: ['a', 'b'], text: 'original' } },
        'en',
      ),
    ).toBe('https://x.test/events/e?actors=a,b&text=original');
  });

  it('puts the Arabic on screen in the path, whatever the search said', () => {
    expect(
      canonicalUrl(
        { root, pathname: '/', search: { lang: 'en', q: 'L-39', from: '2019-06-01' } },
        'ar',
      ),
    ).toBe('https://x.test/ar/?q=L-39&from=2019-06-01');
    expect(canonicalUrl({ root, pathname: '/events/e', search: {} }, 'ar')).toBe(
      'https://x.test/ar/events/e',
    );
  });

  it('drops a redundant default language', () => {
    expect(canonicalUrl({ root, pathname: '/events/e', search: { lang: 'en' } }, 'en')).toBe(
      'https://x.test/events/e',
    );
  });

  it('keeps the imported corpus', () => {
    expect(
      canonicalUrl(
        { root, pathname: '/timeline', search: { lang: 'ar', corpus: 'test', actors: ['nlf'] } },
        'ar',
      ),
    ).toBe('https://x.test/ar/timeline?actors=nlf&corpus=test');
  });

  it('encodes search text and the path, and keeps a fragment that names what is shown', () => {
    expect(
      canonicalUrl(
        { root, pathname: '/sources/s', search: { q: 'لام 39' }, hash: 'claim-c' },
        'en',
      ),
    ).toBe('https://x.test/sources/s?q=%D9%84%D8%A7%D9%85%2039#claim-c');
    expect(canonicalUrl({ root, pathname: '/actors/ä b', search: {} }, 'en')).toBe(
      'https://x.test/actors/%C3%A4%20b',
    );
  });

  it("is the same view with or without a static host's trailing slash, under a base path", () => {
    const base = 'https://x.test/riwaya/';
    expect(canonicalUrl({ root: base, pathname: '/events/e/', search: {} }, 'en')).toBe(
      'https://x.test/riwaya/events/e',
    );
    expect(canonicalUrl({ root: base, pathname: '/', search: {} }, 'en')).toBe(
      'https://x.test/riwaya/',
    );
  });
});
