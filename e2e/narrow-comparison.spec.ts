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
const actorName = (id: string, language: 'en' | 'ar') =>
  index.actors.find((actor) => actor.id === id)?.name[language] ?? id;

for (const language of languages) {
  test.describe(`the comparison on a 375px screen (${language})`, () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test('each question is a stack of labelled accounts whose header stays in view', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/events/${event.id}?lang=${language}`);
      await waitForComparison(page);

      // Nothing runs off the side of the page.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);

      const row = page.locator(`tr[data-question="${question.id}"]`);
      // Every account in the stack says whose it is.
      for (const party of parties) {
        await expect(row.locator(`td[data-party="${party}"] > bdi`).first()).toHaveText(
          actorName(party, language),
        );
      }

      const label = row.locator('[data-question-label]');
      await expect(label).toContainText(question.label[language]);
      const rowBox = await row.boundingBox();
      const labelBox = await label.boundingBox();
      if (!rowBox || !labelBox) throw new Error('the row is not laid out');
      // The pinned part is small: the question and its status, never a screenful.
      expect(labelBox.height).toBeLessThan(667 / 3);
      expect(rowBox.height).toBeGreaterThan(667);

      // Scroll to the middle of the row: its start is far above the screen...
      const scrollY = await page.evaluate(() => window.scrollY);
      await page.evaluate(
        (y) => {
          window.scrollTo(0, y);
        },
        scrollY + rowBox.y + rowBox.height / 2,
      );
      await expect.poll(async () => (await row.boundingBox())?.y ?? 0).toBeLessThan(-200);
      // ...and its question is still at the top of the screen, above the accounts.
      const pinned = await label.boundingBox();
      if (!pinned) throw new Error('the question header is not laid out');
      expect(pinned.y).toBeGreaterThanOrEqual(-1);
      expect(pinned.y).toBeLessThan(2);
      await expect(label).toBeInViewport();
      const topmost = await page.evaluate(() => {
        const element = document.elementFromPoint(window.innerWidth / 2, 4);
        return element?.closest('[data-question-label]') !== null;
      });
      expect(topmost).toBe(true);

      expect(await axeViolations()).toEqual([]);
    });
  });
}
