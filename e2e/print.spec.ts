import type { Page } from '@playwright/test';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';

/**
 * An A4 page's printable width in CSS pixels: 210 mm less print.css's two
 * 15 mm margins, at 96 px to the inch. Printing lays the page out at this
 * width, narrower than the md breakpoint, whatever the window's size.
 */
const A4_CONTENT = { width: Math.floor(((210 - 2 * 15) / 25.4) * 96), height: 1123 };

/** Every page's MediaBox in a PDF, in points. */
function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [
    ...text.matchAll(/\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map(([, x0 = '0', y0 = '0', x1 = '0', y1 = '0']) => ({
    width: Number(x1) - Number(x0),
    height: Number(y1) - Number(y0),
  }));
}

async function printAtA4Width(page: Page, path: string) {
  await page.setViewportSize(A4_CONTENT);
  await page.goto(path);
  await waitForComparison(page);
  await page.emulateMedia({ media: 'print' });
}

for (const lang of languages) {
  test(`a comparison prints on A4, controls hidden, grid whole (${lang})`, async ({
    page,
  }, testInfo) => {
    await printAtA4Width(page, lang === 'en' ? eventPath : `${eventPath}?lang=${lang}`);

    // Navigation, language switch, controls, buttons and the bar charts stay off paper.
    await expect(
      page.getByRole('navigation', { name: uiText(lang, 'app.primaryNav') }),
    ).toBeHidden();
    await expect(
      page.getByRole('button', { name: uiText(lang, 'language.switchToLabel') }),
    ).toBeHidden();
    await expect(page.getByRole('button', { name: uiText(lang, 'share.copy') })).toBeHidden();
    await expect(page.getByRole('button', { name: uiText(lang, 'exports.csv') })).toBeHidden();
    await expect(
      page.getByRole('button', { name: new RegExp(`^${uiText(lang, 'compare.parties.toggle')}`) }),
    ).toBeHidden();
    await expect(page.getByRole('radio').first()).toBeHidden();
    // No control of any kind is left on paper: buttons, fields, filters, share links.
    expect(await page.locator('button:visible, input:visible, select:visible').count()).toBe(0);
    await expect(page.locator('#figures figure').first()).toBeHidden();
    // ... and the figures print as tables instead.
    await expect(page.locator('#figures table').first()).toBeVisible();

    // The grid prints whole: no scroll region, a head repeated on every page.
    const grid = page.locator('[data-comparison-grid]');
    await expect(grid).toHaveCSS('overflow-y', 'visible');
    await expect(grid).toHaveCSS('max-height', 'none');
    await expect(grid.locator('thead')).toHaveCSS('display', 'table-header-group');
    await expect(grid.locator('thead th[data-party]').first()).toBeVisible();
    await expect(grid.locator('td[data-party]').first()).toHaveCSS('display', 'table-cell');
    const card = page.locator('[data-claim]').first();
    await expect(card).toBeVisible();
    await expect(card).toHaveCSS('break-inside', 'avoid');

    // ... and fits the A4 width: nothing overflows, the last party's column is on the page.
    const widths = await grid.evaluate((element) => ({
      grid: [element.scrollWidth, element.clientWidth],
      table: [element.querySelector('table')?.scrollWidth ?? Infinity, element.clientWidth],
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    }));
    for (const [scroll, client] of Object.values(widths)) {
      expect(scroll).toBeLessThanOrEqual(client ?? 0);
    }
    const gridBox = await grid.boundingBox();
    const lastParty = await grid.locator('thead th[data-party]').last().boundingBox();
    if (!gridBox || !lastParty) throw new Error('the grid or its last party header has no box');
    expect(lastParty.x).toBeGreaterThanOrEqual(gridBox.x - 1);
    expect(lastParty.x + lastParty.width).toBeLessThanOrEqual(gridBox.x + gridBox.width + 1);
    expect(gridBox.width).toBeLessThanOrEqual(A4_CONTENT.width);

    // The page keeps its direction; quotes keep their own language and direction, with
    // the translation printed beside them.
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const quote = card.locator('blockquote[lang="ar"]');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(card.locator('p[lang="en"][dir="ltr"]')).toBeVisible();

    // The page size comes from print.css's @page rule: every page is A4 (595 × 842 pt).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(Math.abs(box.width - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(box.height - 841.89)).toBeLessThan(1.5);
    }
    await testInfo.attach(`comparison-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
}
