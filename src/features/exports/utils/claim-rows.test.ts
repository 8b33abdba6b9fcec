import { eventShardSchema } from '@/corpus/shards';
import { claimColumns, claimRows } from './claim-rows';
import { lookupsFixture, shardFixture, siteFixture } from '@/testing/export-fixture';
import { claimsInGridOrder } from '@/lib/grid-order';

const rows = (parties: string[]) => claimRows(shardFixture, parties, lookupsFixture, siteFixture);

describe('claimsInGridOrder', () => {
  it('goes question by question, then column by column, then in corpus order', () => {
    expect(claimsInGridOrder(shardFixture, ['mod', 'nlf', 'monitor']).map((c) => c.id)).toEqual([
      'mod-happened',
      'mod-happened-again',
      'nlf-denies',
      'mod-toll',
      'monitor-toll',
    ]);
  });

  it('follows a reordered column list and leaves hidden parties out', () => {
    expect(claimsInGridOrder(shardFixture, ['monitor', 'nlf']).map((c) => c.id)).toEqual([
      'nlf-denies',
      'monitor-toll',
    ]);
    expect(claimsInGridOrder(shardFixture, [])).toEqual([]);
  });
});

describe('claimRows', () => {
  it('has every column, in order, for every row', () => {
    for (const row of rows(['mod', 'nlf', 'monitor'])) {
      expect(Object.keys(row)).toEqual([...claimColumns]);
    }
  });

  it('gives each claim a language-neutral absolute permalink to its card', () => {
    const [first] = rows(['mod']);
    expect(first?.permalink).toBe('https://riwaya.example/base/events/raid#claim-mod-happened');
  });

  it('names an imported corpus in the permalink, as the app’s own links do', () => {
    const site = { ...siteFixture, corpus: 'my-corpus' };
    const [first] = claimRows(shardFixture, ['mod'], lookupsFixture, site);
    expect(first?.permalink).toBe(
      'https://riwaya.example/base/events/raid?corpus=my-corpus#claim-mod-happened',
    );
  });

  it('ends with the event’s dates, as precise as they are known, then the gist and wording', () => {
    const columns: readonly string[] = claimColumns;
    expect(columns.slice(-8)).toEqual([
      'question_status',
      'event_date_from',
      'event_date_from_precision',
      'event_date_to',
      'event_date_to_precision',
      'gist_en',
      'gist_ar',
      'wording',
    ]);
    expect(rows(['mod'])[0]).toMatchObject({
      event_date_from: '2020-01',
      event_date_from_precision: 'month',
      event_date_to: '',
      event_date_to_precision: '',
    });
    const ranged = eventShardSchema.parse({
      ...shardFixture,
      event: {
        ...shardFixture.event,
        date: {
          from: { value: '2020-01-23', precision: 'day', basis: 'stated' },
          to: { value: '2020-02', precision: 'month', basis: 'stated' },
        },
      },
    });
    expect(claimRows(ranged, ['mod'], lookupsFixture, siteFixture)[0]).toMatchObject({
      event_date_from: '2020-01-23',
      event_date_from_precision: 'day',
      event_date_to: '2020-02',
      event_date_to_precision: 'month',
    });
  });

  it('names the event, question, speaker and source in both languages', () => {
    const [first] = rows(['mod']);
    expect(first).toMatchObject({
      claim_id: 'mod-happened',
      event_id: 'raid',
      event_title_en: 'The raid',
      event_title_ar: 'الغارة',
      question_id: 'happened',
      question_en: 'Did it happen?',
      question_ar: 'هل وقعت؟',
      said_by_id: 'mod',
      said_by_en: 'Ministry of Defence',
      said_by_ar: 'وزارة الدفاع',
      reported_by: '',
      source_id: 'wire',
      source_title: 'عنوان wire',
      source_url: 'https://agency.example/story',
      source_published: '2020-01-24 (day)',
      quote: 'قول mod-happened',
      quote_language: 'ar',
      translation_en: 'Words of mod-happened',
      stance: 'asserts',
      figures: [],
    });
  });

  it('keeps the chain of outlets, and says when the last one is unnamed', () => {
    const [denial] = rows(['nlf']);
    expect(denial?.reported_by).toBe('News Agency → Daily Paper → (unnamed outlet)');
    expect(denial?.source_url).toBe('');
  });

  it('keeps a date as precise as it is known, with its basis and note', () => {
    const toll = rows(['mod']).find((row) => row.claim_id === 'mod-toll');
    expect(toll).toMatchObject({
      said_on: '2020-01',
      said_on_precision: 'month',
      said_on_basis: 'inferred',
      said_on_note: 'From "last week".',
    });
  });

  it('keeps figures structured: a qualified value, or a vague word', () => {
    const byId = new Map(rows(['mod', 'monitor']).map((row) => [row.claim_id, row]));
    expect(byId.get('mod-toll')?.figures).toEqual([
      { metric: 'killed', metric_en: 'Killed', scope: 'the-raid', value: 40, qualifier: 'up-to' },
    ]);
    expect(byId.get('monitor-toll')?.figures).toEqual([
      {
        metric: 'killed',
        metric_en: 'Killed',
        scope: 'the-raid',
        vague: { word: 'عشرات', meaning: 'dozens' },
      },
    ]);
  });

  it('judges a question on every party, as the screen does, even with parties hidden', () => {
    const [denial] = rows(['nlf']);
    expect(denial?.question_status).toBe('disputed');
  });

  it('says whether accounts that fit together come from one side or several', () => {
    const toll = (lookups: typeof lookupsFixture) =>
      claimRows(shardFixture, ['mod', 'monitor'], lookups, siteFixture)
        .filter((row) => row.question_id === 'toll')
        .map((row) => row.question_status);
    // Without a known side no account confirms another.
    expect(toll(lookupsFixture)).toEqual(['one-side', 'one-side']);
    const side = { id: 'government', label: { en: 'Government', ar: 'الحكومة' } };
    const monitors = { id: 'monitors', label: { en: 'Monitors', ar: 'الراصدون' } };
    const twoSides = {
      ...lookupsFixture,
      sides: new Map([
        [side.id, side],
        [monitors.id, monitors],
      ]),
      actors: new Map(
        [...lookupsFixture.actors].map(([id, actor]) => [
          id,
          { ...actor, side: id === 'monitor' ? monitors.id : side.id },
        ]),
      ),
    };
    expect(toll(twoSides)).toEqual(['cross-side', 'cross-side']);
    const oneSide = {
      ...lookupsFixture,
      sides: new Map([[side.id, side]]),
      actors: new Map(
        [...lookupsFixture.actors].map(([id, actor]) => [id, { ...actor, side: side.id }]),
      ),
    };
    expect(toll(oneSide)).toEqual(['one-side', 'one-side']);
  });

  it('falls back to ids for a party or source the index does not know', () => {
    const lookups = { ...lookupsFixture, actors: new Map(), sources: new Map() };
    const [row] = claimRows(shardFixture, ['nlf'], lookups, siteFixture);
    expect(row).toMatchObject({ said_by_en: 'nlf', said_by_ar: 'nlf', source_title: '' });
    expect(row?.reported_by).toBe('agency → paper');
  });
});

describe('claimRows: the gist and how the words reached us', () => {
  it('gives the gist in both languages and the wording, last', () => {
    const byId = new Map(rows(['mod', 'nlf']).map((row) => [row.claim_id, row]));
    expect(byId.get('mod-happened')).toMatchObject({
      gist_en: 'a raid took place',
      gist_ar: 'وقوع الغارة',
      wording: 'reported-speech',
    });
    expect(byId.get('nlf-denies')?.wording).toBe('outlet-account');
  });

  it('leaves both empty for a claim of a corpus compiled before them', () => {
    const older = rows(['mod']).find((row) => row.claim_id === 'mod-happened-again');
    expect(older).toMatchObject({ gist_en: '', gist_ar: '', wording: '' });
  });
});
