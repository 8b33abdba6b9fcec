import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithOffsets } from './search-fold';
import { searchHits } from './search-highlight';
import { designationPrefixes, matchesSearch, prepareSearchText, searchTokens } from './search-text';

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

/** The scripts the corpus is written in, with its punctuation, marks and designations. */
const unit = fc.oneof(
  { weight: 6, arbitrary: range(0x0620, 0x064a) },
  { weight: 2, arbitrary: range(0x064b, 0x0655) },
  { weight: 4, arbitrary: range(0x61, 0x7a) },
  { weight: 1, arbitrary: range(0x00c0, 0x00ff) },
  { weight: 2, arbitrary: range(0x30, 0x39) },
  { weight: 1, arbitrary: range(0x0660, 0x0669) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '-', '،', '«', '»', 'ـ', 'ء', 'لام ', 'L-', '39') },
);
const text = fc.array(unit, { minLength: 1, maxLength: 40 }).map((units) => units.join(''));

describe('searchHits', () => {
  it('folds as the search does, unit for unit', () => {
    fc.assert(
      fc.property(text, (input) => {
        const mapped = foldWithOffsets(input);
        expect(mapped.folded).toBe(foldForSearch(input));
        expect(mapped.from).toHaveLength(mapped.folded.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('marks a run of every word it was asked for, and each run is found by the search', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 2, max: 6 }), (input, start, length) => {
        // A word cut from the text itself, so the search finds it. (Pieces of a joined query may
        // be single letters, which are left unmarked on purpose: see the unit tests.)
        const folded = foldForSearch(input);
        const at = start % Math.max(folded.length, 1);
        const query = folded.slice(at, at + length).trim();
        fc.pre(!query.includes(' '));
        const tokens = searchTokens(query);
        fc.pre(tokens.length > 0 && matchesSearch(prepareSearchText(input), tokens));
        const hits = searchHits([input], tokens);
        expect(hits.ranges[0]?.length).toBeGreaterThan(0);
        for (const { start: from, end } of hits.ranges[0] ?? []) {
          expect(from).toBeLessThan(end);
          const run = input.slice(from, end);
          // A designation's Arabic name ("لام" before a number) stands for its Latin letter, which
          // the search finds only with the number after it: the name is checked as itself and as that letter.
          const latin = designationPrefixes[foldForSearch(run)];
          const readings =
            latin !== undefined && /^\s*\p{N}/u.test(input.slice(end)) ? [run, latin] : [run];
          expect(
            tokens.some((token) =>
              readings.some((reading) => matchesSearch(prepareSearchText(reading), [token])),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
