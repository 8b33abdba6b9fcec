import { claimRows } from './claim-rows';
import { claimsJson, type ClaimsJson } from './claims-json';
import { lookupsFixture, shardFixture, siteFixture } from '@/testing/export-fixture';

const corpus = {
  id: 'fixture',
  title: { en: 'Fixture', ar: 'تجربة' },
  description: { en: 'd', ar: 'و' },
};
const rows = claimRows(shardFixture, ['monitor', 'mod'], lookupsFixture, siteFixture);

describe('claimsJson', () => {
  it('wraps the rows with the corpus, the time and the filters that chose them', () => {
    const text = claimsJson(
      corpus,
      { event: 'raid', actors: ['monitor', 'mod'] },
      rows,
      new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
    );
    const parsed = JSON.parse(text) as ClaimsJson;
    expect(parsed.corpus).toEqual({ id: 'fixture', title: { en: 'Fixture', ar: 'تجربة' } });
    expect(parsed.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(parsed.filters).toEqual({ event: 'raid', actors: ['monitor', 'mod'] });
    expect(parsed.rows).toEqual(rows);
  });

  it('keeps figures as structured arrays, not text', () => {
    const parsed = JSON.parse(claimsJson(corpus, {}, rows, new Date(0))) as ClaimsJson;
    const toll = parsed.rows.find((row) => row.claim_id === 'mod-toll');
    expect(toll?.figures).toEqual([
      { metric: 'killed', metric_en: 'Killed', scope: 'the-raid', value: 40, qualifier: 'up-to' },
    ]);
  });
});
