import { describe, expect, it } from 'vitest';
import { fontPreloadTags } from './font-preloads';

const built = [
  'assets/index-eJCp5i2K.css',
  'assets/noto-naskh-arabic-arabic-400-normal-U_i0HMfG.woff2',
  'assets/noto-sans-arabic-arabic-400-normal-AAMxebZb.woff2',
  'assets/noto-sans-arabic-arabic-700-normal-3CqrwsiZ.woff2',
  'assets/noto-sans-latin-400-normal-BTkUljjl.woff2',
  'assets/noto-sans-latin-700-normal-CrvTEWhy.woff2',
];

describe('fontPreloadTags', () => {
  it('preloads the first screen’s faces of each language, under the base path', () => {
    const tags = fontPreloadTags(built, '/riwaya/');
    expect(tags.en).toEqual([
      '<link rel="preload" href="/riwaya/assets/noto-sans-latin-400-normal-BTkUljjl.woff2" as="font" type="font/woff2" crossorigin />',
      '<link rel="preload" href="/riwaya/assets/noto-sans-latin-700-normal-CrvTEWhy.woff2" as="font" type="font/woff2" crossorigin />',
    ]);
    expect(tags.ar.map((tag) => /href="([^"]+)"/.exec(tag)?.[1])).toEqual([
      '/riwaya/assets/noto-sans-arabic-arabic-400-normal-AAMxebZb.woff2',
      '/riwaya/assets/noto-sans-arabic-arabic-700-normal-3CqrwsiZ.woff2',
      '/riwaya/assets/noto-sans-latin-400-normal-BTkUljjl.woff2',
    ]);
  });

  it('leaves the quotes’ face to load when needed', () => {
    const { en, ar } = fontPreloadTags(built, '/');
    expect([...en, ...ar].join('')).not.toContain('naskh');
  });

  it('fails the build when a face is missing, rather than bring the layout shift back', () => {
    expect(() =>
      fontPreloadTags(
        built.filter((name) => !name.includes('arabic-700')),
        '/',
      ),
    ).toThrow(/no font matching .*noto-sans-arabic-arabic-700-normal/);
  });
});
