import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';

for (const lang of languages) {
  test(`a comparison prints on A4, controls hidden, grid whole (${lang})`, async ({
    page,
  }, testInfo) => {
    await page.goto(lang === 'en' ? eventPath : `${eventPath}?lang=${lang}`);
    await waitForComparison(page);
    await page.emulateMedia({ media: 'print' });

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

    // The page keeps its direction; Arabic quotes keep their own language and direction.
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const quote = page.locator('blockquote[lang="ar"]').first();
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('dir', 'rtl');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await testInfo.attach(`comparison-${lang}.pdf`, { body: pdf, contentType: 'application/pdf' });
  });
}
