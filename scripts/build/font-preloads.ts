import type { LanguageCode } from '../../src/config/languages.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The faces a page's first screen is set in, by language: Noto Sans for Latin text (the
 * Arabic pages' English names and buttons too) and Noto Sans Arabic for Arabic. Quotes (Noto
 * Naskh) come further down and load when needed.
 */
const firstScreenFaces: Record<LanguageCode, readonly RegExp[]> = {
  en: [/noto-sans-latin-400-normal/, /noto-sans-latin-700-normal/],
  ar: [
    /noto-sans-arabic-arabic-400-normal/,
    /noto-sans-arabic-arabic-700-normal/,
    /noto-sans-latin-400-normal/,
  ],
};

/**
 * `<link rel="preload">` tags for those faces, from the build's asset names (hashed). Found
 * only through the stylesheet, they arrived after the first paint, and the text set in the
 * fallback font moved when they did: a layout shift of 0.13 to 0.25 on the list, a comparison
 * and a source page (Lighthouse, 2026-12-04). A face the build did not emit is an error: a
 * renamed font package would otherwise quietly bring the shift back.
 */
export function fontPreloadTags(
  assetNames: readonly string[],
  base: string,
): Record<LanguageCode, string[]> {
  const fonts = assetNames.filter((name) => name.endsWith('.woff2'));
  const tagsFor = (language: LanguageCode) =>
    firstScreenFaces[language].map((face) => {
      const file = fonts.find((name) => face.test(name));
      if (file === undefined) throw new Error(`the build emitted no font matching ${String(face)}`);
      return `<link rel="preload" href="${escapeHtml(`${base}${file}`)}" as="font" type="font/woff2" crossorigin />`;
    });
  return { en: tagsFor('en'), ar: tagsFor('ar') };
}
