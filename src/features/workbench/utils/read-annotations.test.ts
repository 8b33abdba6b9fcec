import { describe, expect, it } from 'vitest';
import { readAnnotations } from './read-annotations';

const PAGE = 'https://example.org/article';
const quote = { type: 'TextQuoteSelector', exact: 'نفى', prefix: 'و', suffix: ' ناجي' };

/** A Hypothesis annotation as its API returns it: selectors under target[].selector[]. */
const hypothesis = {
  id: 'Zx1',
  uri: PAGE,
  user: 'acct:reporter@hypothes.is',
  user_info: { display_name: 'A Reporter' },
  text: 'The NLF denies it',
  tags: ['denial', 'idlib'],
  target: [
    {
      source: PAGE,
      selector: [
        {
          type: 'RangeSelector',
          startContainer: '/p[3]',
          startOffset: 0,
          endContainer: '/p[3]',
          endOffset: 3,
        },
        { type: 'TextPositionSelector', start: 10, end: 13 },
        quote,
      ],
    },
  ],
};

describe('readAnnotations', () => {
  it('reads a Hypothesis API answer, its comment, tags and author becoming the note', () => {
    const read = readAnnotations({ total: 1, rows: [hypothesis] });
    expect(read).toEqual({
      ok: true,
      annotations: [
        {
          index: 1,
          id: 'Zx1',
          sources: [PAGE],
          quote: { exact: 'نفى', prefix: 'و', suffix: ' ناجي' },
          position: { start: 10, end: 13 },
          note: 'The NLF denies it\n#denial #idlib\n— A Reporter',
        },
      ],
    });
  });

  it('reads the Hypothesis client’s JSON export', () => {
    const read = readAnnotations({
      export_date: '2026-01-01T00:00:00.000Z',
      export_userid: 'acct:reporter@hypothes.is',
      client_version: '1.0.0',
      annotations: [hypothesis],
    });
    expect(read.ok && read.annotations.map((a) => [a.id, a.quote?.exact])).toEqual([
      ['Zx1', 'نفى'],
    ]);
  });

  it('reads a bare array of Hypothesis annotations, and one annotation alone', () => {
    const fromArray = readAnnotations([hypothesis, hypothesis]);
    expect(fromArray.ok && fromArray.annotations.map((a) => a.index)).toEqual([1, 2]);
    const alone = readAnnotations({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: { source: PAGE, selector: quote },
    });
    expect(alone.ok && alone.annotations[0]?.quote?.exact).toBe('نفى');
  });

  it.each([
    [
      'an AnnotationPage',
      {
        type: 'AnnotationPage',
        items: [{ type: 'Annotation', target: { source: PAGE, selector: quote } }],
      },
    ],
    [
      'an AnnotationCollection',
      {
        type: 'AnnotationCollection',
        first: {
          type: 'AnnotationPage',
          items: [{ type: 'Annotation', target: { source: PAGE, selector: [quote] } }],
        },
      },
    ],
    [
      'a JSON-LD graph with prefixed types',
      {
        '@graph': [
          {
            '@type': 'oa:Annotation',
            target: { source: PAGE, selector: { '@type': 'oa:TextQuoteSelector', exact: 'نفى' } },
          },
        ],
      },
    ],
  ])('reads %s', (_, file) => {
    const read = readAnnotations(file);
    expect(read.ok && read.annotations.map((a) => [a.sources, a.quote?.exact])).toEqual([
      [[PAGE], 'نفى'],
    ]);
  });

  it('keeps the words of textual bodies and the creator, never a link', () => {
    const read = readAnnotations({
      type: 'Annotation',
      creator: { type: 'Person', name: 'Editor' },
      body: [
        { id: '../events/e#claim-c', type: 'Text', purpose: 'linking' },
        { type: 'TextualBody', value: 'Russian Ministry of Defence', purpose: 'describing' },
        { type: 'TextualBody', value: 'وزارة الدفاع الروسية', purpose: 'describing' },
      ],
      target: { source: PAGE, selector: quote },
    });
    expect(read.ok && read.annotations[0]?.note).toBe(
      'Russian Ministry of Defence\nوزارة الدفاع الروسية\n— Editor',
    );
  });

  it('ignores position selectors that are not ranges of whole offsets', () => {
    const read = readAnnotations({
      type: 'Annotation',
      target: {
        source: PAGE,
        selector: [quote, { type: 'TextPositionSelector', start: 5, end: 2 }],
      },
    });
    expect(read.ok && read.annotations[0]?.position).toBeUndefined();
  });

  it.each([
    ['a corpus file', { events: [{ id: 'e' }] }],
    ['a number', 42],
    ['an empty collection', { type: 'AnnotationCollection', first: { items: [] } }],
  ])('says %s is not an annotation file', (_, file) => {
    expect(readAnnotations(file)).toEqual({ ok: false, problem: 'not-annotations', count: 0 });
  });

  it('says when no annotation has a text selector', () => {
    const pageOnly = { type: 'Annotation', target: PAGE };
    expect(readAnnotations([pageOnly, pageOnly])).toEqual({
      ok: false,
      problem: 'no-text-selectors',
      count: 2,
    });
  });
});
