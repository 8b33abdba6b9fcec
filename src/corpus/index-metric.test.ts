import { describe, expect, it } from 'vitest';
import { compileCorpus } from './compiler/compile-corpus';
import { fixtureFiles, minimalCorpus } from './compiler/corpus-fixture';
import { corpusIndexSchema } from './shards';

function compiledIndex() {
  const result = compileCorpus(fixtureFiles(minimalCorpus()));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.index;
}

describe('metrics in a compiled index', () => {
  it('carry the unit data/ gives them', () => {
    const index = corpusIndexSchema.parse(compiledIndex());
    expect(index.metrics.length).toBeGreaterThan(0);
    for (const metric of index.metrics) expect(metric.unit?.en).toBeTruthy();
  });

  it('still open without one: a corpus compiled before units existed is shown, not refused', () => {
    const index = compiledIndex();
    const older = { ...index, metrics: index.metrics.map(({ unit: _unit, ...metric }) => metric) };
    const parsed = corpusIndexSchema.parse(older);
    expect(parsed.metrics.map((metric) => metric.unit)).toEqual(index.metrics.map(() => undefined));
  });

  it('refuse a unit that is not text in both languages', () => {
    const index = compiledIndex();
    const [first, ...rest] = index.metrics;
    if (!first) throw new Error('the fixture has no metric');
    const broken = { ...index, metrics: [{ ...first, unit: { en: 'people' } }, ...rest] };
    const result = corpusIndexSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['metrics', 0, 'unit', 'ar']);
  });
});
