import { expect, test, waitForComparison } from './fixtures';

/**
 * The workbench is for the few who build corpora: its code (the draft database, the claim form,
 * the annotation import, the zip export) must never ride in a reader's load. A reader opens the
 * list and a comparison; no script fetched for them holds the workbench's own words.
 */
const WORKBENCH_MARKS = ['riwaya-workbench', 'pending-claims.json'];

test('a reader’s list and comparison load none of the workbench’s code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  await page.locator('a[href*="/events/"]').first().click();
  await waitForComparison(page);
  expect(scripts.length).toBeGreaterThan(1);
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    for (const mark of WORKBENCH_MARKS) expect(body, `${url} holds “${mark}”`).not.toContain(mark);
  }
  // And the workbench, opened, does fetch it: the marks are real.
  const before = scripts.length;
  await page.goto('/workbench');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bodies = await Promise.all(
    scripts.slice(before).map(async (url) => (await page.request.get(url)).text()),
  );
  expect(bodies.some((body) => body.includes('riwaya-workbench'))).toBe(true);
});
