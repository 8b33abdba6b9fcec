import { corpusIndexSchema, type CorpusIndex } from '@/corpus/shards';

const stated = (value: string, precision: 'day' | 'month' | 'year' = 'day') => ({
  value,
  precision,
  basis: 'stated',
});

const event = (
  id: string,
  title: { ar: string; en: string },
  date: object,
  places: string[],
  topics: string[],
  parties: string[],
) => ({
  id,
  title,
  summary: { ar: `ملخص ${title.ar}`, en: `Summary of ${title.en}` },
  date,
  places,
  topics,
  parties,
  claimCount: parties.length,
  questionCount: 1,
  disputedQuestionCount: parties.length > 1 ? 1 : 0,
  shard: `events/${id}.abcdef12.json`,
});

const actor = (id: string, en: string, ar: string, side: string, aliases: string[] = []) => ({
  id,
  name: { en, ar },
  aliases: { en: [], ar: aliases },
  kind: 'armed-forces',
  side,
});

/** A small hand-made index, parsed by the real schema so it cannot drift from it. */
export const corpusIndexFixture: CorpusIndex = corpusIndexSchema.parse({
  formatVersion: 2,
  corpus: {
    id: 'fixture',
    title: { ar: 'مدونة تجريبية', en: 'Fixture corpus' },
    description: { ar: 'للاختبار', en: 'For tests' },
  },
  sides: [
    { id: 'government', label: { ar: 'الحكومة وحلفاؤها', en: 'Government and allies' } },
    { id: 'opposition', label: { ar: 'المعارضة', en: 'Opposition' } },
    { id: 'monitors', label: { ar: 'المراقبون', en: 'Monitors' } },
  ],
  actors: [
    actor('russian-mod', 'Russian Ministry of Defence', 'وزارة الدفاع الروسية', 'government'),
    actor('syrian-army', 'Syrian army', 'الجيش السوري', 'government', ['قوات الأسد']),
    actor('hts', 'Hayat Tahrir al-Sham', 'هيئة تحرير الشام', 'opposition'),
    actor('sohr', 'Syrian Observatory for Human Rights', 'المرصد السوري', 'monitors'),
    actor('silent-actor', 'An actor with no claims', 'طرف بلا ادعاءات', 'monitors'),
  ],
  places: [
    { id: 'idlib', name: { ar: 'إدلب', en: 'Idlib' }, kind: 'governorate' },
    { id: 'saraqib', name: { ar: 'سراقب', en: 'Saraqib' }, kind: 'town', within: 'idlib' },
    { id: 'khan-shaykhun', name: { ar: 'خان شيخون', en: 'Khan Shaykhun' }, kind: 'town' },
  ],
  topics: [
    { id: 'shelling', label: { ar: 'قصف', en: 'Shelling' } },
    { id: 'aircraft', label: { ar: 'طائرات', en: 'Aircraft' } },
    { id: 'displacement', label: { ar: 'نزوح', en: 'Displacement' } },
  ],
  metrics: [],
  events: [
    event(
      'saraqib-market',
      { ar: 'قصف سوق سراقب', en: 'Shelling of Saraqib market' },
      { from: stated('2020-01-23') },
      ['saraqib'],
      ['shelling'],
      ['syrian-army', 'sohr'],
    ),
    event(
      'jet-downed',
      { ar: 'إسقاط طائرة لام 39', en: 'L-39 jet brought down' },
      { from: { value: '2019-06', precision: 'month', basis: 'inferred', note: 'from reports' } },
      ['khan-shaykhun'],
      ['aircraft'],
      ['russian-mod', 'hts'],
    ),
    event(
      'june-raid',
      { ar: 'غارة على خان شيخون', en: 'Raid on Khan Shaykhun' },
      { from: stated('2019-06-20') },
      ['khan-shaykhun'],
      ['shelling'],
      ['russian-mod', 'sohr'],
    ),
    event(
      'winter-offensive',
      { ar: 'هجوم الشتاء', en: 'Winter offensive' },
      { from: stated('2019-12-19'), to: stated('2020-01-28') },
      ['idlib', 'saraqib'],
      ['shelling', 'displacement'],
      ['syrian-army', 'hts'],
    ),
    event(
      'displacement-2020',
      { ar: 'نزوح من جنوب إدلب', en: 'Displacement from southern Idlib' },
      { from: { value: '2020', precision: 'year', basis: 'inferred', note: 'from reports' } },
      ['idlib'],
      ['displacement'],
      ['sohr'],
    ),
  ],
  sourceCount: 0,
  sourceLocator: ['locate/sources-0.0123456789abcdef.json'],
  search: 'search/quotes.0123456789abcdef.json',
});
