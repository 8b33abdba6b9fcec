import { readFileSync } from 'node:fs';
import { languagePath } from '../src/config/paths';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { languages, uiText } from './i18n';

// The claims come from the compiled corpus, so the journeys follow the data.
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const attackEvent = index.events.find((event) => event.id.startsWith('disputed-attack'));
if (!attackEvent) throw new Error('no January 2020 attack event in the corpus');
const shard = eventShardSchema.parse(readCorpus(attackEvent.shard));
const eventPath = `/events/${attackEvent.id}`;
const denialId = 'nlf-no-such-attack-wednesday-or-thursday';
const denial = shard.claims.find((claim) => claim.id === denialId);
if (!denial) throw new Error(`no claim ${denialId}`);

for (const language of languages) {
  const query = language === 'en' ? '' : `?lang=${language}`;

  test.describe(`one claim card (${language})`, () => {
    test('every card of the flagship event names its party as a link to the party page', async ({
      page,
    }) => {
      await page.goto(`${eventPath}${query}`);
      const cards = page.locator('[data-claim]');
      await expect(cards.first()).toBeVisible();
      await expect(cards).toHaveCount(shard.claims.length);
      for (const claim of shard.claims) {
        const party = index.actors.find((actor) => actor.id === claim.saidBy);
        if (!party) throw new Error(`no party ${claim.saidBy}`);
        const link = page
          .locator(`[data-claim="${claim.id}"]`)
          .getByRole('link', { name: party.name[language], exact: true });
        await expect(link).toHaveAttribute(
          'href',
          languagePath(`/actors/${claim.saidBy}`, language),
        );
      }
    });

    test('Copy citation copies the quote, its translation and the claim’s permalink', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${eventPath}${query}`);
      const card = page.locator(`[data-claim="${denialId}"]`);
      await card.getByRole('button', { name: uiText(language, 'card.copyCitation') }).click();
      await expect(card.getByRole('status')).toHaveText(uiText(language, 'card.citationCopied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`“${denial.quote}”`);
      if (denial.translation) expect(copied).toContain(denial.translation);
      const origin = new URL(page.url()).origin;
      expect(copied).toContain(`${origin}${eventPath}#claim-${denialId}`);
      // Where the source can be checked: here, that its address was not recorded, and why.
      const source = shard.sources.find((candidate) => candidate.id === denial.source);
      if (!source?.notRecorded) throw new Error(`no provenance note on ${denial.source}`);
      expect(copied).toContain(
        `${uiText(language, 'sources.provenance.original')}: ${uiText(language, 'sources.provenance.notRecorded')}`,
      );
      expect(copied).toContain(
        `${uiText(language, 'sources.provenance.why')}: ${source.notRecorded[language]}`,
      );
    });

    test('landing on #claim-… scrolls to that card and marks it in words', async ({
      page,
      axeViolations,
    }) => {
      // axe over a whole comparison takes a while on a busy two-core machine.
      test.slow();
      await page.goto(`${eventPath}${query}#claim-${denialId}`);
      const card = page.locator(`[data-claim="${denialId}"]`);
      await expect(card).toBeFocused();
      await expect(card).toHaveAttribute('data-linked', '');
      await expect(card.getByText(uiText(language, 'card.linked'))).toBeVisible();
      await expect(card).toBeInViewport();
      // Only that card is marked.
      await expect(page.locator('[data-linked]')).toHaveCount(1);
      expect(await axeViolations()).toEqual([]);
    });
  });
}
