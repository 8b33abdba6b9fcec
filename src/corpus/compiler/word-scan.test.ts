import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWordStart, wordEnd } from './word-scan';

function scannedWords(text: string): [number, number][] {
  const words: [number, number][] = [];
  for (let start = nextWordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    words.push([start, end]);
    start = nextWordStart(text, end);
  }
  return words;
}

function regexWords(text: string): [number, number][] {
  return [...text.matchAll(/[\p{L}\p{M}\u0640]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

describe('word scanning', () => {
  it('finds Arabic and Latin words with their marks and tatweel', () => {
    expect(scannedWords('قُتِلَ ثلاثـة, and 2-three')).toEqual(regexWords('قُتِلَ ثلاثـة, and 2-three'));
    expect(scannedWords('قُتِلَ ثلاثـة')).toEqual([
      [0, 6],
      [7, 13],
    ]);
  });

  it('finds exactly the words the pattern finds, surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom('ا', 'ـ', '\u064e', 'a', ' ', '-', '1', '𝐀', '😀', '\ud835', '\udc00'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      // A plain comparison, not expect(): 5,000 deep-equality diffs took over the test timeout
      // on a loaded machine. fast-check still prints the shrunk counterexample.
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        return JSON.stringify(scannedWords(text)) === JSON.stringify(regexWords(text));
      }),
      { numRuns: 5000 },
    );
    // CPU-bound: 5,000 runs take about 3 s alone and longer beside other test workers on 2 cores.
  }, 30_000);
});
