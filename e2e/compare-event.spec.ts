import { expect, test, waitForComparison } from './fixtures';
import { languages, uiText } from './i18n';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';

test.describe('comparing the accounts of one event', () => {
  test('the Russian MoD claim and the NLF denial stand side by side on one question', async ({
    page,
    axeViolations,
  }) => {
    await page.goto('/');
    await page
      .getByRole('link', {
        name: 'Disputed attack on government forces in south-east Idlib (January 2020)',
      })
      .click();
    await expect(page).toHaveURL(new RegExp(`${eventPath}$`));
    await waitForComparison(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Disputed attack on government forces in south-east Idlib (January 2020)',
    );

    // One section per question: its state in words, then the cards of the parties that answered.
    const section = page.locator('section[data-question="attack-on-thursday"]');
    await expect(section).toHaveAttribute('data-status', 'disputed');
    await expect(section.locator('header').getByText('Disputed', { exact: true })).toBeVisible();

    const ministry = section.locator('[data-claim="russian-mod-attack-up-to-40-soldiers-killed"]');
    // The Ministry asserts the attack, in Arabic with its own lang and dir, translated;
    // with no column above it, the card itself names the party and its side.
    await expect(ministry.getByRole('link', { name: 'Russian Ministry of Defence' })).toBeVisible();
    await expect(ministry).toContainText('Syrian government and its allies');
    await expect(ministry).toContainText('Asserts');
    const ministryQuote = ministry.locator('blockquote');
    await expect(ministryQuote).toHaveAttribute('lang', 'ar');
    await expect(ministryQuote).toHaveAttribute('dir', 'rtl');
    await expect(ministryQuote).toContainText('ما يصل إلى 40 جنديا سوريا');
    await expect(ministry).toContainText('up to 40');
    // The NLF's spokesman denies it, in the same section (his no-operations-in-24-hours is there too).
    const denial = section.locator('[data-claim="nlf-no-such-attack-wednesday-or-thursday"]');
    await expect(denial).toContainText('Denies');
    await expect(denial.locator('blockquote')).toContainText('لم يقع أي هجوم من هذا النوع');
    await expect(denial.getByRole('link', { name: 'Naji al-Mustafa' })).toBeVisible();

    // Side by side: the two cards share a line of the section's grid, in different places.
    const ministryBox = await ministry.boundingBox();
    const denialBox = await denial.boundingBox();
    expect(ministryBox).not.toBeNull();
    expect(denialBox).not.toBeNull();
    if (ministryBox && denialBox) {
      expect(Math.abs(ministryBox.y - denialBox.y)).toBeLessThan(2);
      expect(Math.abs(ministryBox.x - denialBox.x)).toBeGreaterThan(100);
    }

    expect(await axeViolations()).toEqual([]);
  });

  test('a claim links to its words in the source, highlighted and focused', async ({
    page,
    axeViolations,
  }) => {
    await page.goto(eventPath);
    await waitForComparison(page);
    const denial = page.locator('[data-claim="nlf-no-such-attack-wednesday-or-thursday"]');
    await denial.getByRole('link', { name: 'Read in source' }).click();
    await expect(page).toHaveURL(/\/sources\/.+#nlf-no-such-attack-wednesday-or-thursday$/);
    const anchor = page.locator('[id="nlf-no-such-attack-wednesday-or-thursday"]');
    await expect(anchor).toBeFocused();
    await expect(
      page.locator('mark[data-claims~="nlf-no-such-attack-wednesday-or-thursday"]').first(),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  test('the comparison in Arabic is laid out right to left', async ({ page, axeViolations }) => {
    await page.goto(`${eventPath}?lang=ar`);
    await waitForComparison(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('إدلب');
    const translation = page
      .locator('[data-claim="russian-mod-attack-up-to-40-soldiers-killed"] p[lang="en"]')
      // The translation comes first; the date's note, also in English, follows it.
      .first();
    await expect(translation).toHaveAttribute('dir', 'ltr');
    expect(await axeViolations()).toEqual([]);
  });
});

for (const lang of languages) {
  test(`an unknown event shows a not-found page with a way back (${lang})`, async ({
    page,
    axeViolations,
  }) => {
    await page.goto(`/events/no-such-event?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(
      page.getByRole('heading', { level: 1, name: uiText(lang, 'notFound.eventTitle') }),
    ).toBeVisible();
    // The body names the id asked for, so the reader can see a typo.
    await expect(page.locator('main')).toContainText('no-such-event');
    expect(await axeViolations()).toEqual([]);

    await page.getByRole('link', { name: uiText(lang, 'states.goHome') }).click();
    // Back to the list, in the same language.
    await expect(page).toHaveURL(new RegExp(`:\\d+${lang === 'ar' ? '/ar' : ''}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText(lang, 'events.title'));
    await expect(page.locator('main li h2 a').first()).toBeVisible();
  });
}
