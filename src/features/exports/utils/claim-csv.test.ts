import { claimsCsv, figureText } from './claim-csv';
import { claimColumns, claimRows } from './claim-rows';
import { parseCsv } from './parse-csv';
import { hostileQuote, lookupsFixture, shardFixture, siteFixture } from '@/testing/export-fixture';

const rows = claimRows(shardFixture, ['mod', 'nlf', 'monitor'], lookupsFixture, siteFixture);
const [header, ...records] = parseCsv(claimsCsv(rows).slice(1));
const column = (name: (typeof claimColumns)[number]) => claimColumns.indexOf(name);

describe('claimsCsv', () => {
  it('has the documented header and one record per claim, in grid order', () => {
    expect(header).toEqual([...claimColumns]);
    expect(records.map((record) => record[column('claim_id')])).toEqual(
      rows.map((row) => row.claim_id),
    );
  });

  it('writes figures as one readable cell', () => {
    const toll = records.find((record) => record[column('claim_id')] === 'mod-toll');
    expect(toll?.[column('figures')]).toBe('Killed up to 40 [the-raid]');
  });

  it('turns a hostile quote into inert text, keeping every character after the apostrophe', () => {
    const denial = records.find((record) => record[column('claim_id')] === 'nlf-denies');
    expect(denial?.[column('quote')]).toBe(`'${hostileQuote}`);
  });

  it('ends each record with the gist and wording, a hostile gist made inert too', () => {
    const denial = records.find((record) => record[column('claim_id')] === 'nlf-denies');
    expect(denial?.slice(-3)).toEqual([
      `'${hostileQuote.slice(0, 40)}`,
      'نفي "الغارة"، =1+1',
      'outlet-account',
    ]);
  });

  it('keeps quotes inside a translation', () => {
    const again = records.find((record) => record[column('claim_id')] === 'mod-happened-again');
    expect(again?.[column('translation_en')]).toBe('Again, "yes", truly');
  });
});

describe('figureText', () => {
  it('states qualifiers in words and keeps vague words as words', () => {
    const base = { metric: 'killed', metric_en: 'Killed', scope: 's' };
    expect(figureText({ ...base, value: 12, qualifier: 'exact' })).toBe('Killed 12 [s]');
    expect(figureText({ ...base, value: 100, qualifier: 'more-than' })).toBe(
      'Killed more than 100 [s]',
    );
    expect(figureText({ ...base, vague: { word: 'عشرات', meaning: 'dozens' } })).toBe(
      'Killed dozens ("عشرات") [s]',
    );
  });
});
