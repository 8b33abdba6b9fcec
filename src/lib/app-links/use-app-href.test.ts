import { describe, expect, it } from 'vitest';
import { appHref } from './use-app-href';

describe('appHref', () => {
  it('carries the language in the path and the corpus, as the router’s links do', () => {
    expect(appHref('/actors/hts', { lang: 'ar', corpus: 'idlib-2' })).toBe(
      '/ar/actors/hts?corpus=idlib-2',
    );
    expect(appHref('/', { lang: 'ar' })).toBe('/ar/');
  });

  it('adds nothing when the page has neither, and puts the hash after the query', () => {
    expect(appHref('/actors/hts', {})).toBe('/actors/hts');
    expect(appHref('/sources/sana-1', { lang: 'en' }, 'claim-2')).toBe('/sources/sana-1#claim-2');
  });

  it('escapes what a hand-edited URL puts in the corpus name', () => {
    expect(appHref('/', { corpus: 'a&b=c' })).toBe('/?corpus=a%26b%3Dc');
  });
});
