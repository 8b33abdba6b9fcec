import fc from 'fast-check';
import { prepareSearchText, searchTokens } from './search-text';
import { foldForSearch } from './search-fold';

/**
 * The folding as first written: a chain of normalizations and replacements.
 * The module now folds most text unit by unit; for every input it must give
 * exactly what this gives, since prepared texts are compared with queries.
 */
const letterFolds: Record<string, string> = {
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u06cc': '\u064a',
  '\u0629': '\u0647',
  '\u06c0': '\u0647',
  '\u06be': '\u0647',
  '\u06a9': '\u0643',
  '\u0621': '',
  '\u0674': '',
  '\u0640': '',
};
const letterFoldPattern = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');

function referenceFold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (char) => {
      const code = char.charCodeAt(0);
      return String.fromCharCode(0x30 + code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Cf}/gu, '')
    .replace(letterFoldPattern, (char) => letterFolds[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const designations: Record<string, string> = { لام: 'l', ميغ: 'mig', سوخوي: 'su', سو: 'su' };

function referencePrepare(text: string): string {
  const folded = referenceFold(text);
  const joined = folded
    .replace(
      /(^| )(لام|ميغ|سوخوي|سو) (?=\d)/g,
      (_match, space: string, name: string) => `${space}${designations[name] ?? name} `,
    )
    .replace(/(?<=\p{L}) (?=\p{N})|(?<=\p{N}) (?=\p{L})/gu, '');
  return joined === folded ? folded : `${folded}\n${joined}`;
}

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

/** Units the fast path handles, their neighbours that send text down the slow one, and traps. */
const unit = fc.oneof(
  { weight: 6, arbitrary: range(0x0600, 0x06ff) },
  { weight: 4, arbitrary: range(0x0000, 0x024f) },
  { weight: 2, arbitrary: range(0x2000, 0x206f) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '-', '\n', 'لام ', 'ميغ ', 'سو ', 'L', '3', '٣') },
  { weight: 1, arbitrary: range(0x0300, 0x036f) },
  { weight: 1, arbitrary: range(0x0370, 0x05ff) },
  { weight: 1, arbitrary: range(0x0700, 0x1fff) },
  { weight: 1, arbitrary: range(0x2070, 0xffff) },
  { weight: 1, arbitrary: range(0xfb50, 0xfeff) },
  { weight: 1, arbitrary: range(0x10000, 0x10ffff) },
  { weight: 1, arbitrary: fc.constantFrom('Σ', 'İ', 'ǅ', 'ŉ', '\u1100\u1161', '\ud800', '\udc00') },
);
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
const fastText = fc
  .array(fc.oneof(range(0x0000, 0x024f), range(0x0600, 0x06ff), range(0x2000, 0x206f)), {
    maxLength: 60,
  })
  .map((units) => units.join(''));

describe('search folding matches the original pipeline', () => {
  it('folds every text as the pipeline does', () => {
    fc.assert(
      fc.property(fc.oneof(text, fastText), (input) => {
        expect(foldForSearch(input)).toBe(referenceFold(input));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('prepares every text as the pipeline does', () => {
    fc.assert(
      fc.property(fc.oneof(text, fastText), (input) => {
        expect(prepareSearchText(input)).toBe(referencePrepare(input));
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('agrees on every unit the fast path handles, alone and between letters', () => {
    const fastUnits = [
      ...Array.from({ length: 0x250 }, (_, code) => code),
      ...Array.from({ length: 0x100 }, (_, code) => 0x600 + code),
      ...Array.from({ length: 0x70 }, (_, code) => 0x2000 + code),
    ].map((code) => String.fromCharCode(code));
    for (const char of fastUnits) {
      for (const input of [char, `a${char}b`, `ا${char}ب`, `1${char}2`, `${char}\u0654`]) {
        expect(prepareSearchText(input)).toBe(referencePrepare(input));
      }
    }
  }, 30_000);

  it('agrees on texts longer than its buffer, with folds that grow', () => {
    const long = 'ǅ L-39، ‥ قال ١٢ '.repeat(2000);
    expect(foldForSearch(long)).toBe(referenceFold(long));
    expect(prepareSearchText(long)).toBe(referencePrepare(long));
  });

  it('reads queries as before', () => {
    expect(searchTokens('L-39 لام ٣٩ إدلب')).toEqual([
      { whole: 'l39', parts: ['l', '39'] },
      { whole: 'l39', parts: ['l', '39'] },
      { whole: 'ادلب', parts: ['ادلب'] },
    ]);
  });
});
