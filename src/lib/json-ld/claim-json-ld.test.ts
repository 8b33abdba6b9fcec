import { eventShardSchema } from '@/corpus/shards';
import { claimsJsonLd, eventJsonLd } from './claim-json-ld';
import {
  hostileQuote,
  lookupsFixture,
  shardFixture,
  siteFixture,
  siteRootFixture,
} from '../../testing/export-fixture';
import { claimsInGridOrder } from '../grid-order';
import { jsonLdText } from './json-ld-text';

const corpus = { title: { en: 'Riwaya test corpus', ar: 'مدونة' } };
const claims = claimsInGridOrder(shardFixture, ['mod', 'nlf', 'monitor']);
const text = jsonLdText(claimsJsonLd(shardFixture, claims, corpus, lookupsFixture, siteFixture));

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

  it("gives the claim's gist as its abstract, and none when the corpus gives no gist", () => {
    expect(node('mod-happened')?.abstract).toBe('a raid took place');
    expect(node('mod-toll')).not.toHaveProperty('abstract');
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

describe('firstAppearance', () => {
  // The wire story is the agency's: its own words first appeared there; others' were relayed.
  const base = shardFixture.claims[1];
  const variant = (id: string, extra: object) => ({ ...base, id, ...extra });
  const shard = eventShardSchema.parse({
    ...shardFixture,
    claims: [
      variant('agency-own', { saidBy: 'agency' }),
      variant('mod-posted', { medium: 'social-media-post', reportedBy: ['agency'] }),
      variant('mod-stated', { medium: 'statement' }),
      variant('mod-via-paper', { reportedBy: ['paper', 'agency'] }),
      variant('mod-via-agency', { reportedBy: ['agency'] }),
      variant('mod-unsaid', {}),
    ],
  });
  const nodes = eventJsonLd(shard, corpus, lookupsFixture, siteFixture)['@graph'] as GraphNode[];
  const first = (id: string) =>
    nodes.find((item) => item['@id'].endsWith(`#claim-${id}`))?.firstAppearance;

  it('is the source itself only for the outlet’s own words', () => {
    expect(first('agency-own')).toEqual({ '@id': 'https://agency.example/story' });
  });

  it('is the speaker’s own post or statement, dated when said, when the medium is known', () => {
    expect(first('mod-posted')).toEqual({
      '@type': 'SocialMediaPosting',
      author: { '@id': `${siteRootFixture}actors/mod` },
      datePublished: '2020-01-23',
    });
    expect(first('mod-stated')).toMatchObject({ '@type': 'CreativeWork', genre: 'statement' });
  });

  it('is the first outlet of the chain when that is not the source’s own', () => {
    expect(first('mod-via-paper')).toEqual({
      '@type': 'CreativeWork',
      publisher: expect.objectContaining({ name: 'Daily Paper' }) as unknown,
    });
  });

  it('is left out when the corpus does not know, never a copy of the appearance', () => {
    expect(first('mod-via-agency')).toBeUndefined();
    expect(first('mod-unsaid')).toBeUndefined();
    expect(node('mod-happened')).not.toHaveProperty('firstAppearance');
  });
});

describe('eventJsonLd', () => {
  it('holds every claim of the event in corpus order, whatever parties are shown', () => {
    const graph = eventJsonLd(shardFixture, corpus, lookupsFixture, siteFixture);
    const ids = (graph['@graph'] as GraphNode[])
      .filter((item) => item['@type'] === 'Claim')
      .map((item) => item['@id'].split('#claim-')[1]);
    expect(ids).toEqual(shardFixture.claims.map((claim) => claim.id));
  });

  it('names an imported corpus in every IRI of ours', () => {
    const site = { ...siteFixture, corpus: 'mine' };
    const text = JSON.stringify(eventJsonLd(shardFixture, corpus, lookupsFixture, site));
    const ours = text.match(/https:\/\/riwaya\.example\/base\/[^"]*/g) ?? [];
    expect(ours.length).toBeGreaterThan(10);
    for (const iri of ours) expect(iri).toMatch(/\?corpus=mine(#|$)/);
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
