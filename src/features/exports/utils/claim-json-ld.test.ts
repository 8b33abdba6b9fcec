import { claimsJsonLd } from './claim-json-ld';
import { hostileQuote, lookupsFixture, shardFixture, siteRootFixture } from './export-fixture';
import { claimsInGridOrder } from './grid-order';
import { jsonLdText } from './json-ld-text';

const corpus = { title: { en: 'Riwaya test corpus', ar: 'مدونة' } };
const claims = claimsInGridOrder(shardFixture, ['mod', 'nlf', 'monitor']);
const text = jsonLdText(
  claimsJsonLd(shardFixture, claims, corpus, lookupsFixture, siteRootFixture),
);

interface GraphNode {
  '@type': string;
  '@id': string;
  [key: string]: unknown;
}
const graph = (JSON.parse(text) as { '@graph': GraphNode[] })['@graph'];
const claimNodes = graph.filter((node) => node['@type'] === 'Claim');
const node = (id: string) => claimNodes.find((claim) => claim['@id'].endsWith(`#claim-${id}`));

describe('claimsJsonLd', () => {
  it('is valid JSON with a schema.org context and one Claim per claim, in grid order', () => {
    expect(JSON.parse(text)).toMatchObject({ '@context': 'https://schema.org' });
    expect(claimNodes.map((claim) => claim['@id'])).toEqual(
      claims.map((claim) => `${siteRootFixture}events/raid#claim-${claim.id}`),
    );
  });

  it('names every claim’s author: a Person for a person, else an Organization', () => {
    for (const claim of claimNodes) {
      expect(claim.author).toMatchObject({ name: expect.any(String) as unknown });
    }
    expect(node('nlf-denies')?.author).toEqual({
      '@type': 'Person',
      '@id': `${siteRootFixture}actors/nlf`,
      name: 'Naji, NLF spokesman',
      alternateName: 'ناجي',
    });
    expect(node('mod-toll')?.author).toMatchObject({ '@type': 'Organization' });
  });

  it('dates a claim only as precisely as it is known', () => {
    expect(node('mod-toll')?.datePublished).toBe('2020-01');
    expect(node('mod-happened')?.datePublished).toBe('2020-01-23');
  });

  it('gives the words in their language and our translation as a separate work', () => {
    expect(node('mod-happened')).toMatchObject({
      text: 'قول mod-happened',
      inLanguage: 'ar',
      workTranslation: { '@type': 'CreativeWork', text: 'Words of mod-happened', inLanguage: 'en' },
    });
  });

  it('points to where the claim appeared: a NewsArticle when an outlet published it', () => {
    expect(node('mod-happened')?.appearance).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://agency.example/story',
      url: 'https://agency.example/story',
      headline: 'عنوان wire',
      datePublished: '2020-01-24',
      publisher: { '@type': 'Organization', name: 'News Agency' },
      archivedAt: `${siteRootFixture}sources/wire`,
    });
    expect(node('mod-happened')?.firstAppearance).toEqual({
      '@id': 'https://agency.example/story',
    });
    const unnamed = node('nlf-denies')?.appearance as Record<string, unknown>;
    expect(unnamed['@type']).toBe('CreativeWork');
    expect(unnamed['@id']).toBe(`${siteRootFixture}sources/anonymous`);
    expect(unnamed).not.toHaveProperty('publisher');
  });

  it('makes every claim about the event, which is in the graph once', () => {
    const events = graph.filter((item) => item['@type'] === 'Event');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      name: 'The raid',
      alternateName: 'الغارة',
      startDate: '2020-01',
    });
    for (const claim of claimNodes) expect(claim.about).toEqual({ '@id': events[0]?.['@id'] });
  });
});

describe('jsonLdText', () => {
  it('cannot end a script element or open a comment, whatever the corpus says', () => {
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('decodes to exactly the original text', () => {
    expect(node('nlf-denies')?.text).toBe(hostileQuote);
    const tricky = { s: '<!-- & \u2028 \u2029 </SCRIPT>' };
    expect(JSON.parse(jsonLdText(tricky))).toEqual(tricky);
    expect(jsonLdText(tricky)).not.toMatch(/[<>&\u2028\u2029]/);
  });
});
