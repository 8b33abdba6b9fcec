import type { z } from '../zod';
import type {
  actorSchema,
  claimSchema,
  corpusMetaSchema,
  eventSchema,
  metricSchema,
  placeSchema,
  sideSchema,
  sourceSchema,
  topicSchema,
} from '../schema';
import { compileCorpus } from './compile-corpus';
import type { CorpusError } from '../rules/corpus-error';
import type { CorpusFile } from './load-corpus';

/**
 * Test support: a small valid corpus held in memory, which each test breaks
 * in one way. Built fresh per call, so tests can mutate it freely.
 */
type ClaimInput = z.input<typeof claimSchema>;
type EventInput = Omit<z.input<typeof eventSchema>, 'claims'> & { claims: ClaimInput[] };

export interface CorpusFixture {
  meta: z.input<typeof corpusMetaSchema>;
  sides: z.input<typeof sideSchema>[];
  actors: z.input<typeof actorSchema>[];
  places: z.input<typeof placeSchema>[];
  topics: z.input<typeof topicSchema>[];
  metrics: z.input<typeof metricSchema>[];
  sources: { json: z.input<typeof sourceSchema>; text: string }[];
  events: EventInput[];
  /** Raw files added to, or replacing, the generated ones. */
  extra: CorpusFile[];
  /** Generated files to leave out, by path. */
  omit: string[];
}

const label = (en: string) => ({ ar: `عربي: ${en}`, en });
const stated = (value: string) => ({ value, precision: 'day' as const, basis: 'stated' as const });

/** Broken spacing ("قا سياً", "جر  ح"), a line break inside a quote and an NBSP, as scraped. */
export const fixtureText = [
  'بعد أن خسروا 100 عنصر بيومٍ واحد .. “رجال الأسد” يفرّون من ريف حماة',
  '',
  'ريف حماة – مدى بوست',
  '',
  'وقال المقدم سامر الصالح في تغريدة إن ردّهم على ميليشيات الأسد في الميدان كان قا سياً.',
  '',
  'وأضاف الصالح إن نظام الأسد خسر أكثر من 100 من قواته، فضلاً عن جر  ح',
  'أكثر من 200 آخرين.',
  '',
  'في المقابل، نفى مصدر عسكري في جيش النظام\u00a0وقوع أي خسائر في تل ملح.',
  '',
  'وأظهر الفيديو فرار مئات الجنود من الجبهة.',
  '',
  'شارك المقال',
].join('\n');

export function minimalCorpus(): CorpusFixture {
  const claim = (id: string, fields: Partial<ClaimInput>): ClaimInput => ({
    id,
    question: 'losses',
    saidBy: 'jaish-al-izza',
    reportedBy: ['mada-post'],
    source: 'mada-tal-milh',
    quote: '',
    stance: 'asserts',
    wording: 'reported-speech',
    saidOn: stated('2019-06-20'),
    ...fields,
  });
  return {
    meta: {
      $schema: './schema/corpus.schema.json',
      id: 'test',
      title: label('Test'),
      description: label('A test corpus'),
    },
    sides: [
      { id: 'government', label: label('Government') },
      { id: 'opposition', label: label('Opposition') },
      { id: 'media', label: label('Media') },
    ],
    actors: [
      { id: 'syrian-army', name: label('Syrian army'), kind: 'armed-forces', side: 'government' },
      {
        id: 'jaish-al-izza',
        name: label('Jaish al-Izza'),
        kind: 'armed-group',
        side: 'opposition',
      },
      { id: 'mada-post', name: label('Mada Post'), kind: 'media-outlet', side: 'media' },
    ],
    places: [
      { id: 'syria', name: label('Syria'), kind: 'country' },
      { id: 'hama', name: label('Hama'), kind: 'governorate', within: 'syria' },
      { id: 'tal-milh', name: label('Tal Milh'), kind: 'village', within: 'hama' },
    ],
    topics: [{ id: 'casualties', label: label('Casualties') }],
    metrics: [
      { id: 'killed', label: label('Killed'), unit: label('people') },
      { id: 'wounded', label: label('Wounded'), unit: label('people') },
      { id: 'fled', label: label('Fled'), unit: label('soldiers') },
    ],
    sources: [
      {
        json: {
          $schema: '../schema/source.schema.json',
          id: 'mada-tal-milh',
          outlet: 'mada-post',
          title: 'رجال الأسد يفرّون من ريف حماة',
          language: 'ar',
          published: stated('2019-06-21'),
          seed: '004_487e8922a9598a10.txt',
          textFile: 'mada-tal-milh.txt',
          boilerplate: [{ text: 'شارك المقال', kind: 'share-buttons' }],
        },
        text: fixtureText,
      },
    ],
    events: [
      {
        $schema: '../schema/event.schema.json',
        id: 'tal-milh-attack',
        title: label('Fighting at Tal Milh'),
        summary: label('An attack on Tal Milh and its losses'),
        date: { from: stated('2019-06-20') },
        places: ['tal-milh'],
        topics: ['casualties'],
        questions: [
          { id: 'losses', label: label('Were there losses?') },
          { id: 'fled', label: label('Did soldiers flee?') },
        ],
        scopes: [
          { id: 'tal-milh-assault', label: label('The assault on Tal Milh'), place: 'tal-milh' },
        ],
        claims: [
          claim('izza-killed', {
            quote: 'خسر أكثر من 100 من قواته',
            translation: 'lost more than 100 of its forces',
            gist: { en: 'over 100 killed', ar: 'أكثر من 100 قتيل' },
            figures: [
              { metric: 'killed', scope: 'tal-milh-assault', value: 100, qualifier: 'more-than' },
            ],
          }),
          claim('izza-wounded', {
            quote: 'فضلاً عن جر  ح أكثر من 200 آخرين',
            translation: 'besides wounding more than 200 others',
            figures: [
              { metric: 'wounded', scope: 'tal-milh-assault', value: 200, qualifier: 'more-than' },
            ],
          }),
          claim('army-denies', {
            saidBy: 'syrian-army',
            quote: 'نفى مصدر عسكري في جيش النظام وقوع أي خسائر',
            translation: 'a military source in the regime army denied any losses',
            stance: 'denies',
            gist: { en: 'no losses', ar: 'لا خسائر' },
          }),
          claim('izza-fled', {
            question: 'fled',
            quote: 'فرار مئات الجنود',
            translation: 'hundreds of soldiers fleeing',
            // Mada Post tells what the video shows in its own words.
            wording: 'outlet-account',
            figures: [
              {
                metric: 'fled',
                scope: 'tal-milh-assault',
                vague: { word: 'مئات', meaning: 'hundreds' },
              },
            ],
          }),
        ],
      },
    ],
    extra: [],
    omit: [],
  };
}

/** The fixture as the files a corpus folder would hold, under `root`. */
export function fixtureFiles(fixture: CorpusFixture, root = 'data'): CorpusFile[] {
  const json = (path: string, value: unknown) => ({
    path: `${root}/${path}`,
    text: JSON.stringify(value, null, 2),
  });
  const files: CorpusFile[] = [
    json('corpus.json', fixture.meta),
    json('sides.json', { $schema: './schema/sides.schema.json', sides: fixture.sides }),
    json('actors.json', { $schema: './schema/actors.schema.json', actors: fixture.actors }),
    json('places.json', { $schema: './schema/places.schema.json', places: fixture.places }),
    json('topics.json', { $schema: './schema/topics.schema.json', topics: fixture.topics }),
    json('metrics.json', { $schema: './schema/metrics.schema.json', metrics: fixture.metrics }),
    ...fixture.sources.flatMap(({ json: source, text }) => [
      json(`sources/${source.id}.json`, source),
      { path: `${root}/sources/${source.textFile}`, text },
    ]),
    ...fixture.events.map((event) => json(`events/${event.id}.json`, event)),
  ];
  const replaced = new Set([...fixture.extra.map((file) => file.path), ...fixture.omit]);
  return [...files.filter((file) => !replaced.has(file.path)), ...fixture.extra];
}

/** Every problem the compiler finds in the fixture; none when it compiles. */
export function compileErrors(fixture: CorpusFixture): CorpusError[] {
  const result = compileCorpus(fixtureFiles(fixture));
  return result.ok ? [] : result.errors;
}
