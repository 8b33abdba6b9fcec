import type { Page } from '@playwright/test';
import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';
/** The flagship event's questions: one printed section each. */
const questionCount = 12;
/** Measured with this layout: 10 pages in each language, and a page to spare. */
const maxPages = { en: 11, ar: 11 } as const;

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
  test(`a comparison prints on A4, controls hidden, a section per question (${lang})`, async ({
    page,
  }, testInfo) => {
    await printAtA4Width(page, lang === 'en' ? eventPath : `${eventPath}?lang=${lang}`);

    // Navigation, language switch, controls, buttons and the bar charts stay off paper.
    await expect(
      page.getByRole('navigation', { name: uiText(lang, 'app.primaryNav') }),
    ).toBeHidden();
    await expect(
      page.getByRole('button', { name: uiText(lang, 'language.switchTo') }),
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

    // The overview prints once and whole, then one section per question: nothing scrolls.
    const overview = page.locator('[data-overview]');
    await expect(overview).toHaveCount(1);
    await expect(overview.getByRole('region')).toHaveCSS('overflow-x', 'visible');
    await expect(overview.locator('thead th[data-party]').first()).toBeVisible();
    const sections = page.locator('[data-comparison-sections] > section');
    await expect(sections).toHaveCount(questionCount);
    // Sections the screen had not laid out yet (content-visibility) are on paper too.
    await expect(sections.last()).toHaveCSS('content-visibility', 'visible');
    await expect(sections.last().locator('[data-claim]').first()).toBeVisible();
    const card = page.locator('[data-claim]').first();
    await expect(card).toBeVisible();
    await expect(card).toHaveCSS('break-inside', 'avoid');

    // ... and fits the A4 width: nothing overflows, the last party's column is on the page.
    const widths = await overview.evaluate((element) => ({
      overview: [element.scrollWidth, element.clientWidth],
      table: [element.querySelector('table')?.scrollWidth ?? Infinity, element.clientWidth],
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    }));
    for (const [scroll, client] of Object.values(widths)) {
      expect(scroll).toBeLessThanOrEqual(client ?? 0);
    }
    const overviewBox = await overview.boundingBox();
    const lastParty = await overview.locator('thead th[data-party]').last().boundingBox();
    if (!overviewBox || !lastParty) throw new Error('the overview or its last party has no box');
    expect(lastParty.x).toBeGreaterThanOrEqual(overviewBox.x - 1);
    expect(lastParty.x + lastParty.width).toBeLessThanOrEqual(
      overviewBox.x + overviewBox.width + 1,
    );
    expect(overviewBox.width).toBeLessThanOrEqual(A4_CONTENT.width);

    // The page keeps its direction; quotes keep their own language and direction, with
    // the translation printed beside them.
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const quote = card.locator('blockquote[lang="ar"]');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('dir', 'rtl');
    // The translation: the first of the card's English lines (a date's note may follow).
    await expect(card.locator('p[lang="en"][dir="ltr"]').first()).toBeVisible();

    // The page size comes from print.css's @page rule: every page is A4 (595 × 842 pt).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const boxes = mediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(0);
    // A handful of pages: 26 claims took 32 pages (English) and 28 (Arabic) in seven
    // 70 px columns; one section per question with cards three abreast takes 10.
    expect(boxes.length, `${lang} pages`).toBeLessThanOrEqual(maxPages[lang]);
    for (const box of boxes) {
      expect(Math.abs(box.width - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(box.height - 841.89)).toBeLessThan(1.5);
    }
    await testInfo.attach(`comparison-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
}
