import { readFileSync } from 'node:fs';
import { corpusIndexSchema, eventShardSchema } from '../src/corpus/shards';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const eventId = 'disputed-attack-southeast-idlib-2020-01';
const eventPath = `/events/${eventId}`;
const readCorpus = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../public/corpus/${path}`, import.meta.url), 'utf8'));
const index = corpusIndexSchema.parse(readCorpus('index.json'));
const summary = index.events.find((event) => event.id === eventId);
if (!summary) throw new Error(`no event ${eventId} in the corpus`);
const shard = eventShardSchema.parse(readCorpus(summary.shard));
const quoted = shard.claims.length;
const partyCount = new Set(shard.claims.map((claim) => claim.saidBy)).size;

for (const lang of languages) {
  for (const width of [1280, 1440, 1920] as const) {
    test.describe(`the flagship comparison at ${String(width)} px (${lang})`, () => {
      test.use({ viewport: { width, height: 900 } });

      test('every party’s quote is in view by scrolling down only, and the overview links each claim', async ({
        page,
        axeViolations,
      }) => {
        // Twenty-six quotes scrolled to one by one, then axe on a long page: more than the default.
        test.setTimeout(90_000);
        await page.goto(`${eventPath}?lang=${lang}`);
        await waitForComparison(page);

        // No sideways page scroll, and the overview holds every party without scrolling.
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.page).toBeLessThanOrEqual(widths.inner);
        const overview = page.locator('[data-overview]');
        await expect(overview.locator('thead th[data-party]')).toHaveCount(partyCount);
        const region = overview.getByRole('region');
        expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
          true,
        );
        await expect(page.locator('[data-overview-scroll-hint]')).toHaveCount(0);

        // Each quote, scrolled to vertically, lies within the screen's width.
        const quotes = page.locator('[data-claim] blockquote');
        await expect(quotes).toHaveCount(quoted);
        for (let position = 0; position < quoted; position += 1) {
          const quote = quotes.nth(position);
          await quote.scrollIntoViewIfNeeded();
          await expect(quote).toBeInViewport();
          const box = await quote.boundingBox();
          if (!box) throw new Error(`quote ${String(position)} is not laid out`);
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        expect(await page.evaluate(() => window.scrollX)).toBe(0);

        // Every claim has its mark in the overview, and a mark leads to its card.
        await expect(overview.locator('a[data-overview-claim]')).toHaveCount(quoted);
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        // The Syrian Observatory's denial: the key denier the old grid hid off screen.
        const claimId = 'sohr-no-attack-on-thursday';
        await overview.locator(`a[data-overview-claim="${claimId}"]`).click();
        await expect(page).toHaveURL(new RegExp(`#claim-${claimId}$`));
        await expect(page.locator(`[id="claim-${claimId}"]`)).toBeInViewport();

        expect(await axeViolations()).toEqual([]);
      });

      test('the focus toggles round-trip through the URL', async ({ page, context }) => {
        await page.goto(`${eventPath}?lang=${lang}`);
        await waitForComparison(page);
        const sections = page.locator('[data-comparison-sections] > section');
        await expect(sections).toHaveCount(shard.event.questions.length);
        const disputedCount = await page
          .locator('[data-comparison-sections] > section[data-status="disputed"]')
          .count();
        expect(disputedCount).toBeGreaterThan(0);
        await expect(page.locator('[data-no-claim-from]').first()).toBeVisible();

        await page.getByRole('checkbox', { name: uiText(lang, 'focus.disputedOnly') }).check();
        await expect(page).toHaveURL(/[?&]questions=disputed(&|$)/);
        await expect(sections).toHaveCount(disputedCount);
        await page.getByRole('checkbox', { name: uiText(lang, 'focus.hideEmpty') }).check();
        await expect(page).toHaveURL(/[?&]empty=hide(&|$)/);
        await expect(page.locator('[data-no-claim-from]')).toHaveCount(0);

        // The link alone brings the same view back, in a new page.
        const shared = await context.newPage();
        await shared.goto(page.url());
        await waitForComparison(shared);
        const disputedOnly = shared.getByRole('checkbox', {
          name: uiText(lang, 'focus.disputedOnly'),
        });
        const hideEmpty = shared.getByRole('checkbox', { name: uiText(lang, 'focus.hideEmpty') });
        await expect(disputedOnly).toBeChecked();
        await expect(hideEmpty).toBeChecked();
        const sharedSections = shared.locator('[data-comparison-sections] > section');
        await expect(sharedSections).toHaveCount(disputedCount);
        for (const status of await sharedSections.evaluateAll((all) =>
          all.map((section) => section.getAttribute('data-status')),
        )) {
          expect(status).toBe('disputed');
        }
        await expect(shared.locator('[data-no-claim-from]')).toHaveCount(0);

        // Off again: the parameters leave the URL and every question is back.
        await disputedOnly.uncheck();
        await expect(shared).not.toHaveURL(/questions=/);
        await hideEmpty.uncheck();
        await expect(shared).not.toHaveURL(/empty=/);
        await expect(sharedSections).toHaveCount(shard.event.questions.length);
        await expect(shared.locator('[data-no-claim-from]').first()).toBeVisible();
        // Each toggle was a history entry: Back turns the last one on again.
        await shared.goBack();
        await expect(shared).toHaveURL(/[?&]empty=hide(&|$)/);
        await expect(hideEmpty).toBeChecked();
        await shared.close();
      });
    });
  }
}
