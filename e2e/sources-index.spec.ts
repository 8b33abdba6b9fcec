import { readdirSync, readFileSync } from 'node:fs';
import { corpusIndexSchema, directoryShardSchema, sourceShardSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { englishUiStrings, languages, uiText } from './i18n';

// Every source is counted from data/ itself; names and quotes come from the compiled shards.
const dataSources = readdirSync(new URL('../data/sources/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
if (!index.directory) throw new Error('the compiled corpus has no directory shard');
const directory = directoryShardSchema.parse(readCorpus(index.directory));
const actorName = (id: string, language: 'en' | 'ar') =>
  index.actors.find((actor) => actor.id === id)?.name[language] ?? id;

// The most quoted source: its page has the most highlights to name.
const [mostCited] = [...directory.sources].sort((a, b) => b.claims - a.claims);
if (!mostCited) throw new Error('the corpus has no source');
const shard = sourceShardSchema.parse(readCorpus(mostCited.shard));

for (const language of languages) {
  test.describe(`the sources index (${language})`, () => {
    test('lists every source of the corpus, and a row opens its page', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/sources?lang=${language}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        uiText(language, 'sources.index.title'),
      );
      const table = page.getByRole('table', {
        name: uiText(language, 'sources.index.caption.date'),
      });
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(dataSources.length);
      expect(
        (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-source')))).sort(),
      ).toEqual([...dataSources].sort());
      await expect(
        table.getByRole('columnheader', { name: uiText(language, 'sources.index.columns.claims') }),
      ).toBeVisible();
      // The page reads without sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        await page.evaluate(() => window.innerWidth),
      );
      expect(await axeViolations()).toEqual([]);

      const row = rows.and(page.locator(`[data-source="${mostCited.id}"]`));
      await row.getByRole('link', { name: mostCited.title }).click();
      await expect(page).toHaveURL(
        new RegExp(`:\\d+${language === 'ar' ? '/ar' : ''}/sources/${mostCited.id}$`),
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(mostCited.title);
    });

    test('reads on a phone without sideways page scroll', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/sources?lang=${language}`);
      await expect(page.locator('tbody tr')).toHaveCount(dataSources.length);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    });
  });

  test.describe(`a source page (${language})`, () => {
    test('names each highlight by its party, lists the claims with their comparisons, and says what was not recorded', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/sources/${mostCited.id}?lang=${language}`);
      const text = page.locator(`div[lang="${shard.source.language}"]`).filter({
        has: page.locator('mark'),
      });
      await expect(text.locator('mark').first()).toBeVisible();
      // Every quote is named by its party and stance, never "[claim]".
      for (const quote of shard.quotes) {
        if (!quote.saidBy || !quote.stance) throw new Error(`quote ${quote.claim} has no party`);
        const label = text.locator(`a[data-quote-label="${quote.claim}"]`);
        await expect(label).toHaveText(
          new RegExp(
            `${actorName(quote.saidBy, language).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · ${uiText(language, `stance.${quote.stance}`)}$`,
          ),
        );
        await expect(label).toHaveAttribute(
          'href',
          new RegExp(
            `^${language === 'ar' ? '/ar' : ''}/events/${quote.event}#claim-${quote.claim}$`,
          ),
        );
      }
      await expect(text.getByRole('link', { name: /\[/ })).toHaveCount(0);

      // The corpus records no address, archive or retrieval day for these texts: it says so.
      const provenance = page.getByRole('region', {
        name: uiText(language, 'sources.provenance.title'),
      });
      await expect(
        provenance.getByText(uiText(language, 'sources.provenance.notRecorded')),
      ).toHaveCount(3);

      const claims = page.getByRole('region', {
        name: uiText(language, 'sources.citations.title'),
      });
      await expect(claims.locator('li[data-claim]')).toHaveCount(shard.quotes.length);
      expect(await axeViolations()).toEqual([]);

      const first = shard.quotes[0];
      if (!first) throw new Error('the source has no quote');
      await claims
        .locator(`li[data-claim="${first.claim}"]`)
        .getByRole('link', { name: new RegExp(uiText(language, 'sources.citations.inComparison')) })
        .click();
      await expect(page).toHaveURL(
        new RegExp(
          `:\\d+${language === 'ar' ? '/ar' : ''}/events/${first.event}#claim-${first.claim}$`,
        ),
      );
      await expect(page.locator(`#claim-${first.claim}`)).toBeInViewport();
    });
  });
}

test('the Arabic sources index and source page leave no English UI string', async ({ page }) => {
  const english = englishUiStrings();
  for (const path of ['/sources?lang=ar', `/sources/${mostCited.id}?lang=ar`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main table, main mark').first()).toBeVisible();
    const shown = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"], script, style, noscript').forEach((element) => {
        element.remove();
      });
      return clone.innerText;
    });
    expect(english.filter((text) => shown.includes(text))).toEqual([]);
  }
});
