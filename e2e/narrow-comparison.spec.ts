import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';
import { languages } from './i18n';

// The event and question come from the compiled corpus: the question most parties spoke on.
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const longest = index.events
  .flatMap((event) => {
    const shard = eventShardSchema.parse(readCorpus(event.shard));
    return shard.event.questions.map((question) => ({
      event,
      question,
      parties: [
        ...new Set(
          shard.claims.filter((claim) => claim.question === question.id).map((c) => c.saidBy),
        ),
      ],
    }));
  })
  .sort((a, b) => b.parties.length - a.parties.length)[0];
if (!longest || longest.parties.length < 2) throw new Error('no question with several parties');
const { event, question, parties } = longest;
const actorOf = (id: string) => {
  const actor = index.actors.find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor ${id} in the corpus`);
  return actor;
};
const sideLabel = (id: string | undefined, language: 'en' | 'ar') =>
  index.sides.find((side) => side.id === id)?.label[language];

for (const language of languages) {
  test.describe(`the comparison on a 390px phone (${language})`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('each question is a stack of cards, each naming its party and side', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/events/${event.id}?lang=${language}`);
      await waitForComparison(page);

      // Nothing runs off the side of the page (the overview scrolls inside its own region).
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      const section = page.locator(`section[data-question="${question.id}"]`);
      await expect(section.locator('h3')).toHaveText(question.label[language]);
      // One card per line, each saying whose it is and which side that party is on.
      for (const party of parties) {
        const actor = actorOf(party);
        const card = section
          .locator('[data-claim]')
          .filter({ has: page.getByRole('link', { name: actor.name[language], exact: true }) })
          .first();
        await card.scrollIntoViewIfNeeded();
        await expect(card.getByRole('link', { name: actor.name[language] })).toBeInViewport();
        const side = sideLabel(actor.side, language);
        if (side) await expect(card.locator('[data-card-role]')).toContainText(side);
        await expect(card.locator('[data-card-role]')).toBeVisible();
        const box = await card.boundingBox();
        if (!box) throw new Error(`the card of ${party} is not laid out`);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }

      expect(await axeViolations()).toEqual([]);
    });
  });
}
