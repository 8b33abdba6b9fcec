import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compile-corpus';
import type { CorpusFile } from './load-corpus';
import { compileErrors, fixtureFiles, minimalCorpus } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';

function replacing(path: string, text: string): CorpusFile[] {
  return fixtureFiles(minimalCorpus()).map((file) => (file.path === path ? { path, text } : file));
}

function expectReportedNotThrown(files: CorpusFile[]) {
  const result = compileCorpus(files);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const error of result.errors) {
    expect([typeof error.file, typeof error.message]).toEqual(['string', 'string']);
    expect(error.path).toMatch(/^\$/);
  }
  return result.errors;
}

describe('compileCorpus reports several problems at once', () => {
  it('lists every problem, grouped by file', () => {
    const fixture = minimalCorpus();
    const [event] = fixture.events;
    const [first, second, third] = event?.claims ?? [];
    if (!event || !first || !second || !third) throw new Error('fixture parts missing');
    first.saidBy = 'nobody';
    second.quote = 'لم يقل هذا';
    third.translation = undefined;
    fixture.actors.push({
      id: 'syrian-army',
      name: { ar: 'س', en: 'X' },
      kind: 'person',
      side: 'government',
    });
    fixture.extra.push({ path: 'data/places.json', text: '{"places": [}' });
    expect(compileErrors(fixture)).toEqual([
      {
        file: 'data/actors.json',
        path: '$.actors[3].id',
        message: 'duplicate actor id "syrian-army" (first at $.actors[0].id)',
      },
      { file: EVENT, path: '$.claims[0].saidBy', message: 'unknown actor "nobody"' },
      {
        file: EVENT,
        path: '$.claims[1].quote',
        message: 'quote not found in source "mada-tal-milh" (data/sources/mada-tal-milh.txt)',
      },
      {
        file: EVENT,
        path: '$.claims[1].figures[0].value',
        message: 'figure value 200 does not appear in the quote (numbers found: none)',
      },
      {
        file: EVENT,
        path: '$.claims[2].translation',
        message: 'missing English translation of the quote',
      },
      {
        file: 'data/places.json',
        path: '$',
        message: 'invalid JSON at line 1, column 13: unexpected character "}"',
      },
    ]);
  });
});

describe('compileCorpus never throws on hostile input', () => {
  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[]'],
    ['claims that are not a list', '{"claims": "all of them"}'],
    ['deep nesting', `{"claims": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['a value too large for a number', '{"claims": [{"figures": [{"value": 1e999}]}]}'],
    ['NaN', '{"claims": [{"figures": [{"value": NaN}]}]}'],
    ['lone surrogates', '{"id": "\\ud800", "claims": [{"id": "\\udc00", "quote": "\\ud800"}]}'],
    ['keys that reach prototypes', '{"constructor": {"prototype": {"x": 1}}, "__proto__": []}'],
    ['an empty file', ''],
    ['binary noise', '\u0000\u0001\uFFFF\uD800'],
  ])('an event file holding %s', (_what, text) => {
    expectReportedNotThrown(replacing(EVENT, text));
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('a huge quote and a huge text', () => {
    const fixture = minimalCorpus();
    const [source] = fixture.sources;
    const claim = fixture.events[0]?.claims[2];
    if (!source || !claim) throw new Error('fixture parts missing');
    source.text += ' كلام'.repeat(100_000);
    claim.quote = 'كلام '.repeat(100_000) + 'غائب';
    const errors = expectReportedNotThrown(fixtureFiles(fixture));
    expect(errors.map((error) => error.path)).toEqual(['$.claims[2].quote']);
  });

  it('random damage anywhere in the corpus', () => {
    const hostile: unknown[] = [
      null,
      0,
      -1,
      1e308,
      '',
      ' ',
      '\ud800',
      [],
      {},
      [[[]]],
      { __proto__: null },
      true,
      'x'.repeat(10_000),
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round += 1) {
      const files = fixtureFiles(minimalCorpus()).map((file) => {
        if (file.path.endsWith('.txt') || random(3) !== 0) return file;
        const value: unknown = JSON.parse(file.text);
        damage(value, hostile[random(hostile.length)], random);
        return { ...file, text: JSON.stringify(value) };
      });
      expect(() => compileCorpus(files)).not.toThrow();
    }
  });
});

/** Replaces one randomly chosen value somewhere inside `root` with `replacement`. */
function damage(root: unknown, replacement: unknown, random: (n: number) => number): void {
  let at: unknown = root;
  for (let depth = 0; depth < 6; depth += 1) {
    if (typeof at !== 'object' || at === null) return;
    const record = at as Record<string, unknown>;
    const keys = Object.keys(record);
    const key = keys[random(Math.max(1, keys.length))];
    if (key === undefined) return;
    const child = record[key];
    if (random(3) === 0 || typeof child !== 'object' || child === null) {
      record[key] = replacement;
      return;
    }
    at = child;
  }
}
