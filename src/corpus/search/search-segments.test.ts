import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchSegmentsSchema } from '../shards';
import { segmentedWords, tokenSegments } from './search-segments';
import { matchesSearch, prepareSearchText, searchTokens } from './search-text';

/** The event's parties, as the index lists them: runs name them by position. */
const parties = ['mada-post', 'hmeimim-base'];
const [mada, hmeimim] = [0, 1];

const built = segmentedWords([
  { field: 'event-ar', prepared: [prepareSearchText('هبوط طائرة «لام 39» في حماة')] },
  { field: 'event-en', prepared: [prepareSearchText('L-39 landing at Hama')] },
  { field: 'party', party: hmeimim, prepared: [prepareSearchText('Hmeimim base')] },
  { field: 'place', prepared: [prepareSearchText('Hama\nحماة')] },
  { field: 'quote', party: mada, prepared: [prepareSearchText('الحديث عن إسقاط 3 طائرات')] },
  { field: 'quote', party: hmeimim, prepared: [prepareSearchText('ارتفاع درجة الحرارة')] },
  { field: 'translation', party: hmeimim, prepared: [prepareSearchText('landing')] },
  { field: 'gist', party: mada, prepared: [prepareSearchText('downed aircraft')] },
]);

const where = (query: string) =>
  tokenSegments(built.text, built.segments, searchTokens(query)).map((found) =>
    found?.map(({ field, party }) =>
      party === undefined ? field : `${field}:${parties[party] ?? '?'}`,
    ),
  );

describe('segmentedWords', () => {
  it('keeps each word once, in first-seen order', () => {
    expect(
      segmentedWords([
        { field: 'quote', prepared: ['a b a'] },
        { field: 'gist', prepared: ['c  b\nd', ''] },
      ]).text,
    ).toBe('a b c d');
    expect(segmentedWords([{ field: 'quote', prepared: ['', '   '] }])).toEqual({
      text: '',
      segments: '',
    });
  });

  it('finds exactly what the whole prepared texts find, for any texts and query', () => {
    const word = fc.constantFrom(
      'إسقاط',
      'اسقاط',
      'طائرة',
      'لام',
      '39',
      'L-39',
      'Saraqib',
      'سراقب',
      'قوات',
      'الأسد',
      'jet',
      'downed',
      'مؤخراً',
      'Su',
      '24',
    );
    const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, (texts, query) => {
        const prepared = texts.map(prepareSearchText);
        const tokens = searchTokens(query);
        const sources = prepared.map((one, party) => ({
          field: 'quote' as const,
          party,
          prepared: [one],
        }));
        expect(matchesSearch(segmentedWords(sources).text, tokens)).toBe(
          matchesSearch(prepared.join('\n'), tokens),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives a run to each source that brought new words, their lengths adding up to the text', () => {
    const runs = built.segments.split(' ').map((run) => run.split(':'));
    expect(runs.map(([, field, party]) => [field, party])).toEqual([
      ['event-ar', undefined],
      ['event-en', undefined],
      ['party', String(hmeimim)],
      // Hama and حماة were met in the titles; the translation's "landing" too.
      ['quote', String(mada)],
      ['quote', String(hmeimim)],
      ['gist', String(mada)],
    ]);
    const lengths = runs.map(([length]) => Number(length));
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(built.text.length);
    expect(searchSegmentsSchema.parse(built.segments)).toBe(built.segments);
  });

  it('merges runs of one source met twice in a row', () => {
    const merged = segmentedWords([
      { field: 'quote', party: 0, prepared: ['one'] },
      { field: 'quote', party: 0, prepared: ['two'] },
      { field: 'quote', party: 1, prepared: ['three', 'one'] },
    ]);
    expect(merged).toEqual({ text: 'one two three', segments: '7:quote:0 6:quote:1' });
  });
});

describe('tokenSegments', () => {
  it('finds where each word of a query was first met', () => {
    expect(where('اسقاط')).toEqual([['quote:mada-post']]);
    expect(where('حرارة downed')).toEqual([['quote:hmeimim-base'], ['gist:mada-post']]);
    expect(where('hama')).toEqual([['event-en']]);
    expect(where('hmeimim')).toEqual([['party:hmeimim-base']]);
  });

  it('finds joined designations and the pieces of a joined query', () => {
    expect(where('لام 39')).toEqual([['event-ar']]);
    // One token, "hmeimim3", held by no word: its pieces are met in two places.
    expect(where('hmeimim 3')).toEqual([['party:hmeimim-base', 'event-ar']]);
  });

  it('finds nothing for a word the event does not hold', () => {
    expect(where('overheating')).toEqual([undefined]);
  });

  it('skips a run of a field it does not know, from a newer compiler', () => {
    const found = tokenSegments('alpha beta', '5:event-en 5:footnote:0', searchTokens('beta'));
    expect(found).toEqual([undefined]);
  });
});

describe('searchSegmentsSchema', () => {
  it.each(['', '12:quote', '12:event-ar 3:party:0 40:gist:11'])('accepts %j', (runs) => {
    expect(searchSegmentsSchema.safeParse(runs).success).toBe(true);
  });

  it.each(['12', 'quote', '12:quote ', ' 12:quote', '12:quote:x', '12:Quote', '1:quote  2:gist'])(
    'refuses %j',
    (runs) => {
      expect(searchSegmentsSchema.safeParse(runs).success).toBe(false);
    },
  );
});
