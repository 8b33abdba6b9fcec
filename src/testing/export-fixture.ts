import type { Actor, Metric } from '@/corpus/schema';
import { eventShardSchema, type SourceSummary } from '@/corpus/shards';
import type { ExportLookups } from '../features/exports/utils/claim-rows';
import type { SiteAddress } from '../lib/json-ld/permalink';

/** A small event for the builders' tests, parsed by the real schema so it cannot drift from it. */

const day = (value: string) => ({ value, precision: 'day', basis: 'stated' }) as const;

const claim = (id: string, question: string, saidBy: string, extra: object = {}) => ({
  id,
  question,
  saidBy,
  reportedBy: [],
  source: 'wire',
  quote: `قول ${id}`,
  translation: `Words of ${id}`,
  stance: 'asserts',
  wording: 'reported-speech',
  figures: [],
  saidOn: day('2020-01-23'),
  event: 'raid',
  language: 'ar',
  quoteStart: 0,
  quoteEnd: 5,
  ...extra,
});

/** A claim as a corpus compiled before claims said how their words reached us holds it. */
const withoutWording = ({ wording: _wording, ...older }: ReturnType<typeof claim>) => older;

export const hostileQuote = '=HYPERLINK("http://evil.example")</script><script>alert(1)</script>';

const source = (id: string, outlet: string | null, url?: string): SourceSummary => ({
  id,
  outlet,
  ...(outlet === null ? { outletNote: { en: 'Unnamed', ar: 'غير مسمى' } } : {}),
  title: `عنوان ${id}`,
  language: 'ar',
  published: { value: '2020-01-24', precision: 'day', basis: 'stated' },
  ...(url ? { url } : {}),
  shard: `sources/${id}.abcdef12.json`,
});

export const shardFixture = eventShardSchema.parse({
  formatVersion: 2,
  event: {
    id: 'raid',
    title: { en: 'The raid', ar: 'الغارة' },
    summary: { en: 'What happened', ar: 'ما جرى' },
    date: { from: { value: '2020-01', precision: 'month', basis: 'stated' } },
    places: [],
    topics: [],
    questions: [
      { id: 'happened', label: { en: 'Did it happen?', ar: 'هل وقعت؟' } },
      { id: 'toll', label: { en: 'How many died?', ar: 'كم قتيلاً؟' } },
    ],
    scopes: [{ id: 'the-raid', label: { en: 'The raid', ar: 'الغارة' } }],
  },
  claims: [
    claim('mod-toll', 'toll', 'mod', {
      figures: [{ metric: 'killed', scope: 'the-raid', value: 40, qualifier: 'up-to' }],
      saidOn: {
        value: '2020-01',
        precision: 'month',
        basis: 'inferred',
        note: 'From "last week".',
      },
    }),
    claim('mod-happened', 'happened', 'mod', {
      gist: { en: 'a raid took place', ar: 'وقوع الغارة' },
    }),
    claim('nlf-denies', 'happened', 'nlf', {
      stance: 'denies',
      reportedBy: ['agency', 'paper'],
      source: 'anonymous',
      quote: hostileQuote,
      gist: { en: hostileQuote.slice(0, 40), ar: 'نفي "الغارة"، =1+1' },
      wording: 'outlet-account',
    }),
    claim('monitor-toll', 'toll', 'monitor', {
      figures: [
        { metric: 'killed', scope: 'the-raid', vague: { word: 'عشرات', meaning: 'dozens' } },
      ],
    }),
    withoutWording(
      claim('mod-happened-again', 'happened', 'mod', { translation: 'Again, "yes", truly' }),
    ),
  ],
  sources: [source('anonymous', null), source('wire', 'agency', 'https://agency.example/story')],
});

const actor = (id: string, en: string, ar: string, kind: Actor['kind']): [string, Actor] => [
  id,
  { id, name: { en, ar }, aliases: { en: [], ar: [] }, kind, side: 'any' },
];

export const lookupsFixture: ExportLookups = {
  actors: new Map([
    actor('mod', 'Ministry of Defence', 'وزارة الدفاع', 'state-body'),
    actor('nlf', 'Naji, NLF spokesman', 'ناجي', 'person'),
    actor('monitor', 'The Monitor', 'المرصد', 'monitor'),
    actor('agency', 'News Agency', 'وكالة', 'media-outlet'),
    actor('paper', 'Daily Paper', 'صحيفة', 'media-outlet'),
  ]),
  // No side known: no party's account confirms another's.
  sides: new Map(),
  sources: new Map(shardFixture.sources.map((summary) => [summary.id, summary])),
  metrics: new Map<string, Metric>([
    [
      'killed',
      { id: 'killed', label: { en: 'Killed', ar: 'قتلى' }, unit: { en: 'people', ar: 'أشخاص' } },
    ],
  ]),
};

export const siteRootFixture = 'https://riwaya.example/base/';
export const siteFixture: SiteAddress = { root: siteRootFixture };
