import type { Page } from '@playwright/test';
import { expect, test, waitForComparison } from './fixtures';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';

const copy = {
  en: {
    parties: /^Parties/,
    sohr: 'Syrian Observatory for Human Rights',
    naji: 'Naji al-Mustafa',
    moveEarlier: 'Move Naji al-Mustafa earlier',
    copyLink: 'Copy link',
    copied: 'Link copied',
    showAll: 'Show all parties, in the default order',
  },
  ar: {
    parties: /^الأطراف/,
    sohr: 'المرصد السوري لحقوق الإنسان',
    naji: 'ناجي المصطفى',
    moveEarlier: 'قدِّم ناجي المصطفى',
    copyLink: 'انسخ الرابط',
    copied: 'نُسخ الرابط',
    showAll: 'أظهر الكل: كل الأطراف بالترتيب الافتراضي',
  },
} as const;

/** The overview's party columns, in the order the comparison shows them. */
async function columnOrder(page: Page): Promise<string[]> {
  return page
    .locator('thead th[data-party]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-party') ?? ''));
}

for (const lang of ['en', 'ar'] as const) {
  const text = copy[lang];
  const url = lang === 'en' ? eventPath : `${eventPath}?lang=${lang}`;

  test.describe(`choosing and sharing parties (${lang})`, () => {
    test('hide a party, reorder one, copy the link, open it in a new browser', async ({
      page,
      browser,
      context,
      axeViolations,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(url);
      await waitForComparison(page);
      const initial = await columnOrder(page);
      expect(initial).toContain('sohr');
      expect(initial.indexOf('naji-al-mustafa')).toBeGreaterThan(0);
      // The default view keeps the link clean.
      expect(page.url()).not.toContain('actors=');

      const toggle = page.getByRole('button', { name: text.parties });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');

      await page.getByRole('checkbox', { name: text.sohr }).uncheck();
      await expect(page.locator('thead th[data-party="sohr"]')).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: text.sohr })).toBeAttached();

      const moveEarlier = page.getByRole('button', { name: text.moveEarlier });
      await moveEarlier.click();
      // Focus stays on the control that moved the party, for the next press.
      await expect(moveEarlier).toBeFocused();

      const expected = initial.filter((id) => id !== 'sohr');
      const naji = expected.indexOf('naji-al-mustafa');
      expected.splice(naji, 1);
      expected.splice(naji - 1, 0, 'naji-al-mustafa');
      await expect.poll(() => columnOrder(page)).toEqual(expected);
      // The router may escape the commas (%2C); the list is the same either way.
      await expect
        .poll(() => decodeURIComponent(page.url()))
        .toContain(`actors=${expected.join(',')}`);
      // The cards of each question follow the same order: the MoD's, then Naji al-Mustafa's.
      const attackCards = page.locator('section[data-question="attack-on-thursday"] [data-claim]');
      await expect(
        attackCards.nth(1).getByRole('link', { name: text.naji, exact: true }),
      ).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      await page.getByRole('button', { name: text.copyLink }).click();
      await expect(page.getByText(text.copied)).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain(`actors=${expected.join(',')}`);
      // The language is in the path: /ar/events/… for Arabic, no ?lang=.
      expect(new URL(link).pathname.startsWith('/ar/')).toBe(lang === 'ar');
      expect(link).not.toContain('lang=');

      // A recipient: a fresh browser with no saved language preference.
      const recipient = await browser.newContext();
      const other = await recipient.newPage();
      await other.goto(link);
      await waitForComparison(other);
      expect(await columnOrder(other)).toEqual(expected);
      await expect(other.locator('html')).toHaveAttribute('lang', lang);
      await recipient.close();

      // "Show all" puts every party back in the default order and cleans the link.
      await page.getByRole('button', { name: text.showAll }).click();
      await expect.poll(() => columnOrder(page)).toEqual(initial);
      expect(page.url()).not.toContain('actors=');
    });

    test('unknown ids in the link are ignored with a notice, garbage params like the default', async ({
      page,
      axeViolations,
    }) => {
      const separator = url.includes('?') ? '&' : '?';
      await page.goto(`${url}${separator}actors=no-such-party,russian-mod,sohr&text=garbage`);
      await waitForComparison(page);
      expect(await columnOrder(page)).toEqual(['russian-mod', 'sohr']);
      await expect(page.getByTestId('unknown-parties')).toContainText('no-such-party');
      // `text=garbage` is the default: original and translation both shown.
      const card = page.locator('[data-claim="russian-mod-attack-up-to-40-soldiers-killed"]');
      await expect(card.locator('blockquote')).toBeVisible();
      // The translation: the first of the card's English lines (a date's note may follow).
      await expect(card.locator('p[lang="en"]').first()).toBeVisible();
      expect(await axeViolations()).toEqual([]);
    });
  });
}
