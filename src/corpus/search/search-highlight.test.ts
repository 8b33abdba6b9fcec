import { describe, expect, it } from 'vitest';
import { searchHits } from './search-highlight';
import { searchTokens } from './search-text';

/** The marked runs of `text` for `query`, as the reader sees them. */
const marked = (text: string, query: string) =>
  (searchHits([text], searchTokens(query)).ranges[0] ?? []).map(({ start, end }) =>
    text.slice(start, end),
  );

describe('searchHits', () => {
  it('marks Arabic across hamza and alef forms, both ways', () => {
    expect(marked('ورغم الحديث عن إسقاط 3 طائرات', 'اسقاط')).toEqual(['إسقاط']);
    expect(marked('قال إن الطائرة اسقطت', 'إسقاط')).toEqual([]);
    expect(marked('قال إن الطائرة أُسقطت', 'اسقطت')).toEqual(['أُسقطت']);
    expect(marked('مؤسسة آمنة', 'موسسه امنه')).toEqual(['مؤسسة', 'آمنة']);
  });

  it('marks through tashkeel and tatweel, keeping the trailing marks with their letter', () => {
    expect(marked('قُتِلَ ثلاثةٌ', 'قتل')).toEqual(['قُتِلَ']);
    expect(marked('إسـقـاطٌ', 'اسقاط')).toEqual(['إسـقـاطٌ']);
    expect(marked('ســــلام عليكم', 'سلام')).toEqual(['ســــلام']);
  });

  it('marks a designation however it is written or asked for', () => {
    const title = 'L-39 emergency landing';
    expect(marked(title, 'l39')).toEqual(['L-39']);
    expect(marked(title, 'L 39')).toEqual(['L-39']);
    expect(marked(title, 'لام 39')).toEqual(['L-39']);
    const arabic = 'هبوط طائرة «لام 39» اضطرارياً';
    expect(marked(arabic, 'l39')).toEqual(['لام 39']);
    expect(marked(arabic, 'L-39')).toEqual(['لام 39']);
    expect(marked('طائرة «لام ٣٩»', 'l39')).toEqual(['لام ٣٩']);
  });

  it('marks Latin text case- and accent-blind', () => {
    expect(marked('Hmeimim base, CAFÉ', 'hmeimim cafe')).toEqual(['Hmeimim', 'CAFÉ']);
    expect(marked('Ma‘arrat al-Nu‘mān', 'numan')).toEqual([]);
    // Two words of the query, two runs: the apostrophe between them is not theirs.
    expect(marked('Ma‘arrat al-Nu‘mān', 'nu man')).toEqual(['Nu', 'mān']);
  });

  it('merges overlapping and touching hits into one run', () => {
    expect(marked('إسقاط الطائرة', 'اسق سقاط')).toEqual(['إسقاط']);
    expect(marked('landing', 'land ing')).toEqual(['landing']);
    expect(marked('landing at Hama', 'land hama')).toEqual(['land', 'Hama']);
  });

  it('marks every occurrence', () => {
    expect(marked('Hama, then Hama again', 'hama')).toEqual(['Hama', 'Hama']);
  });

  it('marks the pieces of a joined token only when all are there, never single letters', () => {
    expect(marked('يونيو/حزيران 2019', 'يونيو 2019')).toEqual(['يونيو', '2019']);
    expect(marked('يونيو/حزيران', 'يونيو 2019')).toEqual([]);
    const hits = searchHits(['a landing in 1939'], searchTokens('L 39'));
    expect(hits.found).toEqual([true]);
    expect(hits.ranges[0]?.map(({ start, end }) => 'a landing in 1939'.slice(start, end))).toEqual([
      '39',
    ]);
  });

  it('marks the pieces of a joined token found across the texts shown together', () => {
    const texts = ['L-39 emergency landing', 'The Hmeimim base blamed the engine'];
    // "l39 hmeimim" is one token, "l39hmeimim", that no word holds: its pieces are in two texts.
    const hits = searchHits(texts, searchTokens('l39 hmeimim'));
    expect(hits.found).toEqual([true]);
    expect(
      hits.ranges.map((runs, text) => runs.map(({ start, end }) => texts[text]?.slice(start, end))),
    ).toEqual([['L-39'], ['Hmeimim']]);
  });

  it('says which tokens a text holds, and marks nothing for a query matching nowhere here', () => {
    const hits = searchHits(['L-39 emergency landing'], searchTokens('landing overheating'));
    expect(hits.found).toEqual([true, false]);
    expect(searchHits(['L-39 emergency landing'], searchTokens('overheating'))).toEqual({
      ranges: [[]],
      found: [false],
    });
  });

  it('keeps astral characters whole', () => {
    expect(marked('𝐇𝐚𝐦𝐚 airport', 'hama')).toEqual(['𝐇𝐚𝐦𝐚']);
  });
});
