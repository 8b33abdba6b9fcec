import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';

const corpusFile = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(corpusFile('index.json'));

interface GraphNode {
  '@type': string;
  '@id': string;
  author?: { '@type': string; name: string; alternateName?: string };
  appearance?: { '@id': string };
  firstAppearance?: { '@id': string };
  datePublished?: string;
}

test.describe('schema.org Claim JSON-LD in each comparison', () => {
  for (const event of index.events) {
    test(`${event.id}: every claim, with its author, is in the page`, async ({ page }) => {
      const shard = eventShardSchema.parse(corpusFile(event.shard));
      await page.goto(`/events/${event.id}`);
      await waitForComparison(page);
      const scripts = page.locator('script[type="application/ld+json"]');
      await expect(scripts).toHaveCount(1);
      const graph = JSON.parse((await scripts.textContent()) ?? '') as { '@graph': GraphNode[] };
      const claims = graph['@graph'].filter((node) => node['@type'] === 'Claim');
      expect(claims.map((claim) => claim['@id'].split('#claim-')[1])).toEqual(
        shard.claims.map((claim) => claim.id),
      );
      for (const [position, node] of claims.entries()) {
        const claim = shard.claims[position];
        const author = index.actors.find((actor) => actor.id === claim?.saidBy);
        expect(node.author?.name).toBe(author?.name.en);
        expect(node.author?.['@type']).toBe(author?.kind === 'person' ? 'Person' : 'Organization');
        expect(node.datePublished).toBe(claim?.saidOn.value);
        expect(node.firstAppearance?.['@id']).toBe(node.appearance?.['@id']);
      }
    });
  }
});
