import { compileCorpus } from '../../src/corpus/compiler/compile-corpus';
import { extractNumbers, sameNumber } from '../../src/corpus/compiler/extract-numbers';
import { normalizeQuote } from '../../src/corpus/compiler/text-normalize';
import type { CorpusEvent } from '../../src/corpus/schema';
import { generateCorpus, type SynthOptions } from './generate-corpus';
import { planClaimCounts } from './plan';
import { Prng } from './prng';

const small: SynthOptions = { events: 30, claims: 400, actors: 20, seed: 7 };

function eventsOf(files: ReturnType<typeof generateCorpus>['files']): CorpusEvent[] {
  return files
    .filter((file) => file.path.startsWith('events/'))
    .map((file) => JSON.parse(file.text) as CorpusEvent);
}

describe('generateCorpus', () => {
  const corpus = generateCorpus(small);
  const events = eventsOf(corpus.files);
  const claims = events.flatMap((event) => event.claims);

  it('is the same corpus for the same seed, and another for another seed', () => {
    expect(generateCorpus(small).files).toEqual(corpus.files);
    expect(generateCorpus({ ...small, seed: 8 }).files).not.toEqual(corpus.files);
  });

  it('honours the counts it is given', () => {
    expect(events).toHaveLength(small.events);
    expect(claims).toHaveLength(small.claims);
    const actors = corpus.files.find((file) => file.path === 'actors.json');
    expect((JSON.parse(actors?.text ?? '{}') as { actors: unknown[] }).actors).toHaveLength(20);
    for (const event of events) {
      expect(event.claims.length).toBeGreaterThanOrEqual(1);
      expect(event.claims.length).toBeLessThanOrEqual(200);
    }
  });

  it('passes the real compiler', () => {
    const result = compileCorpus(corpus.files, { root: '' });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('states every figure value in its quote, and every vague word', () => {
    const figures = claims.flatMap((claim) => claim.figures.map((figure) => ({ claim, figure })));
    expect(figures.length).toBeGreaterThan(0);
    for (const { claim, figure } of figures) {
      const quote = normalizeQuote(claim.quote);
      if (figure.value === undefined) expect(quote).toContain(figure.vague?.word);
      else expect(extractNumbers(quote).some((n) => sameNumber(n, figure.value ?? NaN))).toBe(true);
    }
  });

  it('holds one event of exactly 200 claims from 12 parties when the counts allow', () => {
    expect(corpus.flagship).toEqual({ id: events[0]?.id, claims: 200, parties: 12 });
    const flagship = events[0];
    expect(new Set(flagship?.claims.map((claim) => claim.saidBy)).size).toBe(12);
    expect(generateCorpus({ ...small, claims: 200 }).flagship).toBeUndefined();
  });

  it('has Arabic quotes with English translations and dates across the years', () => {
    const arabic = claims.filter((claim) => /[\u0600-\u06ff]/.test(claim.quote));
    expect(arabic.length).toBeGreaterThan(claims.length / 2);
    expect(arabic.every((claim) => claim.translation !== undefined)).toBe(true);
    expect(new Set(claims.map((claim) => claim.saidOn.basis))).toEqual(
      new Set(['stated', 'computed', 'external', 'inferred']),
    );
  });
});

describe('generateCorpus: how the words reached us, and the gists', () => {
  const claims = eventsOf(generateCorpus(small).files).flatMap((event) => event.claims);

  it('gives every claim one of the three wordings, each of them used', () => {
    expect(new Set(claims.map((claim) => claim.wording))).toEqual(
      new Set(['own-words', 'reported-speech', 'outlet-account']),
    );
  });

  it("gives an outlet's account only to words some outlet carried", () => {
    const accounts = claims.filter((claim) => claim.wording === 'outlet-account');
    expect(accounts.every((claim) => claim.reportedBy.length > 0)).toBe(true);
  });

  it('gives most claims a gist, and leaves some without one', () => {
    const withGist = claims.filter((claim) => claim.gist !== undefined).length;
    expect(withGist).toBeGreaterThan(claims.length / 2);
    expect(withGist).toBeLessThan(claims.length);
  });
});

describe('planClaimCounts', () => {
  it('sums to the total with 1 to 200 per event, most events small', () => {
    const counts = planClaimCounts(1000, 10_000, new Prng(1));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(10_000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBe(200);
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[500]).toBeLessThan(10);
  });

  it('refuses totals no plan can meet', () => {
    expect(() => planClaimCounts(10, 5, new Prng(1))).toThrow(/--claims/);
    expect(() => planClaimCounts(1, 201, new Prng(1))).toThrow(/--claims/);
  });
});
