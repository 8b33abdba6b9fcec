import { eventJsonLdTag } from './event-json-ld';

const hostile = '</script><script>alert(1)</script>';

const index = {
  corpus: { id: 'c', title: { ar: 'مدونة', en: 'Corpus' }, description: { ar: 'و', en: 'd' } },
  actors: [
    {
      id: 'russian-mod',
      name: { ar: 'وزارة الدفاع الروسية', en: `Russian MoD ${hostile}` },
      aliases: { ar: [], en: [] },
      kind: 'state-body' as const,
      side: 's',
    },
  ],
};

const shard = {
  formatVersion: 2 as const,
  event: {
    id: 'attack',
    title: { ar: 'هجوم', en: 'Attack' },
    summary: { ar: 'ملخص', en: 'Summary' },
    date: { from: { value: '2020-01-23', precision: 'day' as const, basis: 'stated' as const } },
    places: [],
    topics: [],
    questions: [{ id: 'q', label: { ar: 'س', en: 'Q' } }],
    scopes: [],
  },
  claims: [
    {
      id: 'mod-claim',
      event: 'attack',
      question: 'q',
      saidBy: 'russian-mod',
      reportedBy: [],
      source: 'src',
      quote: `قتل ما يصل إلى 40 ${hostile}`,
      translation: 'up to 40 killed',
      language: 'ar',
      stance: 'asserts' as const,
      figures: [],
      saidOn: { value: '2020-01-23', precision: 'day' as const, basis: 'stated' as const },
      quoteStart: 0,
      quoteEnd: 10,
    },
  ],
  sources: [
    {
      id: 'src',
      outlet: null,
      title: 'عنوان',
      language: 'ar',
      published: {
        value: '2020-01',
        precision: 'month' as const,
        basis: 'inferred' as const,
        note: 'n',
      },
      shard: 'sources/src.0123456789abcdef.json',
    },
  ],
};

function graphOf(tag: string): { '@graph': Record<string, unknown>[] } {
  const json = tag
    .replace(/^<script type="application\/ld\+json">\n/, '')
    .replace(/\n<\/script>$/, '');
  return JSON.parse(json) as { '@graph': Record<string, unknown>[] };
}

describe('eventJsonLdTag', () => {
  it('names every claim with its author, in a script element hostile text cannot end', () => {
    const tag = eventJsonLdTag(index, shard, '/', undefined);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    const claims = graphOf(tag)['@graph'].filter((node) => node['@type'] === 'Claim');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.author).toMatchObject({ name: `Russian MoD ${hostile}` });
    expect(claims[0]?.text).toBe(`قتل ما يصل إلى 40 ${hostile}`);
  });

  it('uses root-relative IRIs without SITE_URL and absolute ones with it', () => {
    const relative = graphOf(eventJsonLdTag(index, shard, '/riwaya/', undefined));
    expect(relative['@graph'][1]?.['@id']).toBe('/riwaya/events/attack#claim-mod-claim');
    const absolute = graphOf(eventJsonLdTag(index, shard, '/', 'https://example.org/riwaya/'));
    expect(absolute['@graph'][1]?.['@id']).toBe(
      'https://example.org/riwaya/events/attack#claim-mod-claim',
    );
  });
});
