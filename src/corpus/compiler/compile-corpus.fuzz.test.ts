import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCorpus, type CompileResult } from './compile-corpus';
import { fixtureFiles, minimalCorpus } from './corpus-fixture';
import type { CorpusFile } from './load-corpus';

/**
 * Corpora will come from anyone. Whatever a file holds, the compiler ends in
 * `ok: true` or in plain-worded errors: never a throw, never a stack trace in
 * a message, never a polluted prototype. Starts from the valid fixture and
 * breaks it in the ways editors, scrapers and attackers do.
 */

// Tokens JSON.stringify cannot write; placed as marker strings, then spliced in as raw text.
const rawTokens: Record<string, string> = {
  NAN: 'NaN',
  INF: 'Infinity',
  NEGINF: '-Infinity',
  UNDEF: 'undefined',
  DEEP: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  DEEPOBJ: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
};
// A fixed seed keeps CI repeatable; drop it and raise numRuns to explore (24,000 runs found nothing).
const fuzzRuns = { numRuns: 200, seed: 20261122 };

const marker = (name: string) => `\u0001raw:${name}\u0001`;

/** An object whose own key is `key`, as JSON.parse makes it (a literal would set the prototype). */
const ownKey = (key: string): unknown => JSON.parse(`{"${key}": {"polluted": true}}`);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1e308,
    0.5,
    '',
    ' ',
    '\ud800',
    'x\udc00',
    '\ufeff',
    '2019-02-30',
    '2019-13-01',
    '0000-00-00',
    '2019-06-20T00:00:00Z',
    'javascript:alert(1)',
    '__proto__',
    [],
    {},
    [[[]]],
  ),
  fc.constantFrom(...Object.keys(rawTokens)).map(marker),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map(ownKey),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'ك'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation =
  | { kind: 'replace' | 'add-key'; file: number; path: number[]; key: string; value: unknown }
  | { kind: 'delete' | 'duplicate'; file: number; path: number[] }
  | { kind: 'text'; file: number; edit: 'bom' | 'truncate' | 'surrogate' | 'nul'; at: number }
  | { kind: 'drop-file' | 'double-file'; file: number }
  | { kind: 'add-file'; path: string; text: string };

const pathArb = fc.array(fc.nat(40), { maxLength: 7 });
const keyArb = fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'hasOwn');
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('replace' as const, 'add-key' as const),
    file: fc.nat(),
    path: pathArb,
    key: keyArb,
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'duplicate' as const),
    file: fc.nat(),
    path: pathArb,
  }),
  fc.record({
    kind: fc.constant('text' as const),
    file: fc.nat(),
    edit: fc.constantFrom(
      'bom' as const,
      'truncate' as const,
      'surrogate' as const,
      'nul' as const,
    ),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom('drop-file' as const, 'double-file' as const),
    file: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('add-file' as const),
    path: fc.constantFrom(
      'data/events/__proto__.json',
      'data/events/constructor.json',
      'data/sources/prototype.json',
      'data/sources/__proto__.txt',
      'data/../outside.json',
      'data/events/a/b.json',
      'data/',
      '',
    ),
    text: fc.oneof(
      fc.constant('{"id": "__proto__", "claims": [{"id": "constructor"}]}'),
      fc.string(),
    ),
  }),
);

/** The value at `path`, each step choosing among the keys (or items) present. */
function walk(root: unknown, path: readonly number[]): { parent: object; key: string } | undefined {
  let at = root;
  let found: { parent: object; key: string } | undefined;
  for (const step of path) {
    if (typeof at !== 'object' || at === null) break;
    const keys = Object.keys(at);
    const key = keys[step % Math.max(1, keys.length)];
    if (key === undefined) break;
    found = { parent: at, key };
    at = (at as Record<string, unknown>)[key];
  }
  return found;
}

function mutateJson(text: string, mutation: Mutation): string {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return text; // already broken by an earlier mutation
  }
  const target =
    'path' in mutation && Array.isArray(mutation.path) ? walk(root, mutation.path) : undefined;
  if (target) {
    const record = target.parent as Record<string, unknown>;
    if (mutation.kind === 'replace') record[target.key] = mutation.value;
    if (mutation.kind === 'delete') Reflect.deleteProperty(record, target.key);
    if (mutation.kind === 'duplicate' && Array.isArray(record))
      record.push(record[Number(target.key)]);
    const child = record[target.key];
    if (mutation.kind === 'add-key' && typeof child === 'object' && child !== null) {
      Object.defineProperty(child, mutation.key, { value: mutation.value, enumerable: true });
    }
  }
  let out: string;
  try {
    out = JSON.stringify(root, null, 1);
  } catch {
    return text; // nested too deep to write back by an earlier mutation: keep it as it is
  }
  return Object.entries(rawTokens).reduce(
    (spliced, [name, token]) => spliced.replaceAll(JSON.stringify(marker(name)), token),
    out,
  );
}

function editText(text: string, edit: string, at: number): string {
  const cut = text.length === 0 ? 0 : at % text.length;
  if (edit === 'bom') return `\ufeff${text}`;
  if (edit === 'truncate') return text.slice(0, cut);
  return `${text.slice(0, cut)}${edit === 'surrogate' ? '\ud800' : '\u0000'}${text.slice(cut)}`;
}

function applyMutation(files: CorpusFile[], mutation: Mutation): CorpusFile[] {
  if (mutation.kind === 'add-file') return [...files, { path: mutation.path, text: mutation.text }];
  const index = mutation.file % files.length;
  const file = files[index];
  if (!file) return files;
  if (mutation.kind === 'drop-file') return files.filter((_, i) => i !== index);
  if (mutation.kind === 'double-file') return [...files, { ...file }];
  const text =
    mutation.kind === 'text'
      ? editText(file.text, mutation.edit, mutation.at)
      : file.path.endsWith('.json')
        ? mutateJson(file.text, mutation)
        : file.text;
  return files.map((each, i) => (i === index ? { path: file.path, text } : each));
}

const prototypeKeys = [Object, Array, Function, String].map((type) =>
  Object.getOwnPropertyNames(type.prototype).sort(),
);

function expectWellFormed(result: CompileResult) {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(
    [Object, Array, Function, String].map((t) => Object.getOwnPropertyNames(t.prototype).sort()),
  ).toEqual(prototypeKeys);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.file).toBe('string');
    expect(error.path).toMatch(/^\$/);
    expect(typeof error.message).toBe('string');
    expect(error.message.trim()).not.toBe('');
    expect(error.message).not.toContain('    at ');
  }
}

afterEach(() => {
  // A failure must not leak into the next test; the assertion above already reported it.
  Reflect.deleteProperty(Object.prototype, 'polluted');
});

describe('compileCorpus under fuzzing', () => {
  it('the untouched fixture compiles', () => {
    expect(compileCorpus(fixtureFiles(minimalCorpus())).ok).toBe(true);
  });

  it('a mutated corpus ends in ok or in plain errors, never a throw', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const files = mutations.reduce(applyMutation, fixtureFiles(minimalCorpus()));
        expectWellFormed(compileCorpus(files));
      }),
      fuzzRuns,
    );
  }, 20_000);
});
