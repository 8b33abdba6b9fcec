import { expect, test } from './fixtures';
import { uiText } from './i18n';

/** The language switch's choice is kept in this browser; a link's `?lang=` wins for that view. */
test('the chosen language survives a reload, and ?lang= overrides it without replacing it', async ({
  page,
}) => {
  const html = page.locator('html');
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto('/');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(heading).toHaveText(uiText('en', 'events.title'));

  await page.getByRole('button', { name: uiText('en', 'language.switchTo') }).click();
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(heading).toHaveText(uiText('ar', 'events.title'));
  expect(page.url()).not.toContain('lang=');

  await page.reload();
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(heading).toHaveText(uiText('ar', 'events.title'));

  // A link in English overrides the saved Arabic for that view...
  await page.goto('/timeline?lang=en');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(heading).toHaveText(uiText('en', 'timeline.title'));

  // ... and leaves the saved choice alone: without ?lang= the reader is back in Arabic.
  await page.goto('/timeline');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(heading).toHaveText(uiText('ar', 'timeline.title'));
});
