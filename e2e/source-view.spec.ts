import { readFileSync } from 'node:fs';
import { corpusIndexSchema, sourceLocatorSchema, sourceShardSchema } from '../src/corpus/shards';
import { expect, test } from './fixtures';
import { languages, uiText } from './i18n';

// The source and claim come from the compiled shards; the quote is the one not overlapped.
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const summaries = index.sourceLocator.flatMap(
  (bucket) => sourceLocatorSchema.parse(readCorpus(bucket)).sources,
);
const target = summaries
  .map((summary) => sourceShardSchema.parse(readCorpus(summary.shard)))
  .flatMap((shard) =>
    shard.quotes
      .filter(
        (quote) =>
          !shard.quotes.some(
            (other) => other !== quote && other.start < quote.end && quote.start < other.end,
          ) && !shard.boilerplate.some((span) => span.start < quote.end && quote.start < span.end),
      )
      .map((quote) => ({ shard, quote })),
  )
  // A quote well down the text, so landing on it means scrolling to it.
  .sort((a, b) => b.quote.start - a.quote.start)[0];
if (!target) throw new Error('no quote to follow in the corpus');
const { shard, quote } = target;

for (const language of languages) {
  test.describe(`a source opened at a claim's quote (${language})`, () => {
    test('focus lands on the quote itself, marked apart and in view', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`/sources/${shard.source.id}?lang=${language}#${quote.claim}`);
      const mark = page.locator(`mark[data-claims~="${quote.claim}"]`).first();
      await expect(mark).toBeFocused();
      await expect(mark).toHaveJSProperty('tagName', 'MARK');
      await expect(mark).toHaveText(shard.text.slice(quote.start, quote.end));
      await expect(mark).toBeInViewport();
      // It is drawn apart from the other quotes, and says whose quote it is.
      await expect(mark).toHaveAttribute('data-active', '');
      const others = page.locator('mark:not([data-active])');
      expect(await others.count()).toBe(shard.quotes.length - 1);
      // Every quote wears its stance's fill; the one followed is outlined besides.
      const outline = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(await outline('mark[data-active]')).toBe('solid');
      expect(await outline('mark:not([data-active])')).toBe('none');
      const event = index.events.find((candidate) => candidate.id === quote.event);
      if (!event) throw new Error(`no event ${quote.event}`);
      const description = await mark.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(description).toContain(event.title[language]);

      // The title is in the source's language and direction.
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveAttribute('lang', shard.source.language);
      await expect(title).toHaveAttribute('dir', shard.source.language === 'ar' ? 'rtl' : 'ltr');

      expect(await axeViolations()).toEqual([]);
    });
  });
}

// Every source, as compiled: what the corpus records of where it can be checked, and why not.
const sourceShards = summaries.map((summary) => sourceShardSchema.parse(readCorpus(summary.shard)));

for (const language of languages) {
  test.describe(`where each source can be checked (${language})`, () => {
    test('each field shows its address or says it was not recorded, and why', async ({ page }) => {
      test.slow();
      for (const { source } of sourceShards) {
        await page.goto(`/sources/${source.id}?lang=${language}`);
        const provenance = page.getByRole('region', {
          name: uiText(language, 'sources.provenance.title'),
        });
        const fields = [
          ['url', source.url],
          ['archived', source.archivedUrl],
        ] as const;
        for (const [field, address] of fields) {
          const cell = provenance.locator(`dd[data-field="${field}"]`);
          if (address === undefined) {
            await expect(cell).toHaveText(uiText(language, 'sources.provenance.notRecorded'));
          } else {
            await expect(cell.getByRole('link', { name: address })).toHaveAttribute(
              'href',
              address,
            );
          }
        }
        const missing = [source.url, source.archivedUrl, source.retrieved].includes(undefined);
        const why = provenance.locator('[data-field="why-not-recorded"]');
        if (missing && source.notRecorded) {
          await expect(why).toHaveText(
            `${uiText(language, 'sources.provenance.why')}: ${source.notRecorded[language]}`,
          );
          await expect(why).toBeVisible();
        } else {
          await expect(why).toHaveCount(0);
        }
      }
      // The bundled corpus came as text files: every source says so, in the reader's language.
      expect(sourceShards.every(({ source }) => source.notRecorded !== undefined)).toBe(true);
    });
  });
}
