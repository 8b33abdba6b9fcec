import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpusIndexSchema, eventShardSchema, type EventShard } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';
import { hostileCorpus, serveCorpus } from './hostile-corpus';

const corpusFile = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(corpusFile('index.json'));
const shardOf = (eventId: string): EventShard =>
  eventShardSchema.parse(
    corpusFile(index.events.find((event) => event.id === eventId)?.shard ?? ''),
  );

interface GraphNode {
  '@type': string;
  '@id': string;
  author?: { '@type'?: string; '@id': string; name?: string; alternateName?: string };
  publisher?: { '@id': string };
  appearance?: { '@id': string };
  firstAppearance?: GraphNode;
  datePublished?: string;
  text?: string;
}

const scripts = (page: Page) => page.locator('script[type="application/ld+json"]');

/** The page's one graph: exactly one script, parsed. */
async function pageGraph(page: Page): Promise<GraphNode[]> {
  await expect(scripts(page)).toHaveCount(1);
  const text = (await scripts(page).textContent()) ?? '';
  return (JSON.parse(text) as { '@graph': GraphNode[] })['@graph'];
}

/** Polls until the page's one graph is that of `eventId`, then returns its claims. */
async function graphOfEvent(page: Page, eventId: string): Promise<GraphNode[]> {
  await expect
    .poll(async () => (await pageGraph(page)).find((node) => node['@type'] === 'Event')?.['@id'])
    .toMatch(new RegExp(`/events/${eventId}$`));
  return (await pageGraph(page)).filter((node) => node['@type'] === 'Claim');
}

const claimIdOf = (node: GraphNode) => node['@id'].split('#claim-')[1];

test.describe('schema.org Claim JSON-LD in each comparison', () => {
  for (const event of index.events) {
    test(`${event.id}: every claim, with its author and first appearance, is in the page`, async ({
      page,
    }) => {
      const shard = shardOf(event.id);
      const sources = new Map(shard.sources.map((source) => [source.id, source]));
      await page.goto(`/events/${event.id}`);
      await waitForComparison(page);
      const claims = await graphOfEvent(page, event.id);
      expect(claims.map(claimIdOf)).toEqual(shard.claims.map((claim) => claim.id));
      for (const [position, node] of claims.entries()) {
        const claim = shard.claims[position];
        if (!claim) throw new Error(`no claim at ${String(position)}`);
        const author = index.actors.find((actor) => actor.id === claim.saidBy);
        expect(node.author?.name).toBe(author?.name.en);
        expect(node.author?.['@type']).toBe(author?.kind === 'person' ? 'Person' : 'Organization');
        expect(node.datePublished).toBe(claim.saidOn.value);
        expect(node.text).toBe(claim.quote);

        // Where it first appeared, as far as the corpus knows; never the relaying text's copy.
        const outlet = sources.get(claim.source)?.outlet;
        const ownWords =
          claim.reportedBy.length === 0 && (claim.saidBy === outlet || claim.medium === 'article');
        const first = node.firstAppearance;
        if (ownWords) {
          expect(first, claim.id).toEqual({ '@id': node.appearance?.['@id'] });
        } else if (claim.medium !== undefined) {
          expect(first?.['@id'], claim.id).toBeUndefined();
          expect(first?.author?.['@id'], claim.id).toMatch(new RegExp(`/actors/${claim.saidBy}$`));
          expect(first?.datePublished, claim.id).toBe(claim.saidOn.value);
        } else if (claim.reportedBy[0] !== undefined && claim.reportedBy[0] !== outlet) {
          expect(first?.publisher?.['@id'], claim.id).toMatch(
            new RegExp(`/actors/${claim.reportedBy[0]}$`),
          );
        } else {
          expect(first, claim.id).toBeUndefined();
        }
      }
    });
  }

  test('a claim relayed from social media first appeared as the speaker’s post', async ({
    page,
  }) => {
    const eventId = 'l39-landing-hama-airport-2019-06';
    const claim = shardOf(eventId).claims.find(
      (candidate) => candidate.saidBy === 'hmeimim-base' && candidate.reportedBy.length > 0,
    );
    expect(claim?.medium).toBe('social-media-post');
    await page.goto(`/events/${eventId}`);
    await waitForComparison(page);
    const node = (await graphOfEvent(page, eventId)).find((item) => claimIdOf(item) === claim?.id);
    expect(node?.firstAppearance).toMatchObject({
      '@type': 'SocialMediaPosting',
      author: { '@id': expect.stringMatching(/\/actors\/hmeimim-base$/) as unknown },
      datePublished: claim?.saidOn.value,
    });
    expect(node?.firstAppearance?.['@id']).not.toBe(node?.appearance?.['@id']);
  });

  test('moving between events in the app keeps one graph, the current event’s', async ({
    page,
  }) => {
    const [first, second] = index.events;
    if (!first || !second) throw new Error('the corpus needs two events');
    await page.goto('/');
    const link = (id: string) => page.locator(`main li h2 a[href*="/events/${id}"]`).first();
    await expect(link(first.id)).toBeVisible();
    await expect(scripts(page)).toHaveCount(0);

    await link(first.id).click();
    await waitForComparison(page);
    const firstClaims = await graphOfEvent(page, first.id);
    expect(firstClaims.map(claimIdOf)).toEqual(shardOf(first.id).claims.map((claim) => claim.id));

    await page.goBack();
    await expect(link(second.id)).toBeVisible();
    // Leaving the comparison takes its graph away.
    await expect(scripts(page)).toHaveCount(0);

    await link(second.id).click();
    await waitForComparison(page);
    const secondClaims = await graphOfEvent(page, second.id);
    expect(secondClaims.map(claimIdOf)).toEqual(shardOf(second.id).claims.map((claim) => claim.id));
  });

  test('a page the build never wrote (another corpus) gets its graph at run time', async ({
    page,
  }) => {
    const hostile = await hostileCorpus();
    await serveCorpus(page, hostile);
    const eventId = 'hostile-event';
    const shardPath = [...hostile.files.keys()].find((path) =>
      path.startsWith(`events/${eventId}.`),
    );
    const shard = eventShardSchema.parse(JSON.parse(hostile.files.get(shardPath ?? '') ?? '{}'));
    await page.goto(`/events/${eventId}`);
    await waitForComparison(page);
    // Under the production CSP: the fixtures fail the test on any Trusted Types violation.
    const claims = await graphOfEvent(page, eventId);
    expect(claims.map((node) => node.text)).toEqual(shard.claims.map((claim) => claim.quote));
    const raw = (await scripts(page).textContent()) ?? '';
    expect(raw).not.toContain('<');
    expect(await page.evaluate(() => typeof window.__xss)).toBe('undefined');
  });
});
