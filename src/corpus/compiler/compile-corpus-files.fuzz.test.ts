import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus';

/**
 * Not a corpus at all: arbitrary file names holding arbitrary JSON or noise. The
 * compiler must still answer in plain `{file, path, message}` errors.
 * (compile-corpus.fuzz.test.ts breaks a valid corpus instead.)
 */
// A fixed seed keeps CI repeatable; drop it and raise numRuns to explore (24,000 runs found nothing).
const fuzzRuns = { numRuns: 200, seed: 20261123 };

const pathArb = fc.oneof(
  fc.constantFrom(
    'data/corpus.json',
    'data/actors.json',
    'data/sides.json',
    'data/events/x.json',
    'data/events/__proto__.json',
    'data/sources/x.json',
    'data/sources/x.txt',
  ),
  fc.string({ maxLength: 20 }).map((name) => `data/${name}`),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const textArb = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '{"__proto__": {"polluted": 1}}',
    '{"constructor": {"prototype": {"polluted": 1}}}',
  ),
);

describe('compileCorpus on arbitrary files', () => {
  it('ends in plain errors, never a throw or a polluted prototype', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ path: pathArb, text: textArb }), { maxLength: 8 }),
        (files) => {
          const result = compileCorpus(files);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (result.ok) return;
          for (const error of result.errors) {
            expect(error.path).toMatch(/^\$/);
            expect(typeof error.message === 'string' && error.message.trim() !== '').toBe(true);
            expect(error.message).not.toContain('    at ');
          }
        },
      ),
      fuzzRuns,
    );
  }, 20_000);
});
