import type { Page } from '@playwright/test';
import { chooseCorpusFile, MINIMAL_CORPUS, minimalBundle } from './corpus-bundle';
import { expect, test, waitForComparison } from './fixtures';

/**
 * Values made only of digits stay text from the address to the parser (issue #14, item 3):
 * the router once turned "40" into a number that every parser then ignored, so `?q=40` filtered
 * nothing and `?corpus=2024` silently showed the bundled corpus instead of the one it named.
 */
const JANUARY_ATTACK = 'disputed-attack-southeast-idlib-2020-01';
/** A quote of the minimal corpus: on screen only when its comparison came from this browser's storage. */
const DENIAL = 'نفى مصدر عسكري في جيش النظام وقوع أي خسائر';

const eventLinks = (page: Page) => page.locator('main li h2 a');

test('?q=40 finds the January 2020 attack (its “40 soldiers”), and survives a reload', async ({
  page,
}) => {
  await page.goto('/?q=40');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('40');
  await expect(eventLinks(page).first()).toBeVisible();
  const hrefs = await eventLinks(page).evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  expect(hrefs.some((href) => href.includes(JANUARY_ATTACK))).toBe(true);
  // A digit-only query filters: not every event holds "40".
  await page.goto('/');
  await expect(eventLinks(page).first()).toBeVisible();
  const all = await eventLinks(page).count();
  await page.goto('/?q=40');
  await expect(eventLinks(page).first()).toBeVisible();
  expect(await eventLinks(page).count()).toBeLessThan(all);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('40');
});

test('a corpus whose id is all digits imports and opens by its link, never the bundled one', async ({
  page,
}) => {
  await page.goto('/corpora');
  const bundle = await minimalBundle((file) =>
    file.path === 'data/corpus.json'
      ? { ...file, text: file.text.replace(`"id": "${MINIMAL_CORPUS.id}"`, '"id": "2024"') }
      : file,
  );
  await chooseCorpusFile(page, 'digits.json', bundle);
  await expect(page).toHaveURL(/[?&]corpus=2024(&|$)/);

  // A link naming it, opened afresh, shows that corpus's event from this browser's storage.
  await page.goto(`/events/${MINIMAL_CORPUS.eventId}?corpus=2024`);
  await waitForComparison(page);
  await expect(page.getByText(DENIAL).first()).toBeVisible();
  await page.goto('/?corpus=2024');
  await expect(eventLinks(page)).toHaveCount(1);
  await expect(page.getByText('a corpus imported into this browser')).toBeVisible();
});
