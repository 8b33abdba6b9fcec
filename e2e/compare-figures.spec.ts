import { readFileSync } from 'node:fs';
import { languagePath } from '../src/config/paths';
import { expect, scrollIntoSettledView, test, waitForComparison } from './fixtures';
import { uiText } from './i18n';

const eventPath = '/events/disputed-attack-southeast-idlib-2020-01';
const modClaim = 'russian-mod-attack-up-to-40-soldiers-killed';

const copy = {
  en: {
    panel: 'Figures side by side',
    upTo40: 'up to 40',
    mod: 'Russian Ministry of Defence',
    metric: 'Government soldiers killed',
    allows: '0 to 40',
    about400: 'about 400',
    tables: 'Show the figures as tables',
    vague: 'hundreds of thousands',
  },
  ar: {
    panel: 'الأرقام جنبًا إلى جنب',
    upTo40: 'ما يصل إلى 40',
    mod: 'وزارة الدفاع الروسية',
    metric: 'قتلى القوات الحكومية',
    allows: 'من 0 إلى 40',
    about400: 'نحو 400',
    tables: 'اعرض الأرقام في جداول',
    vague: 'مئات الآلاف',
  },
} as const;

/** How the panel names a metric's unit, from the corpus and the UI strings. */
function unitText(metricId: string, lang: 'en' | 'ar'): string {
  const { metrics } = JSON.parse(
    readFileSync(new URL('../data/metrics.json', import.meta.url), 'utf8'),
  ) as { metrics: { id: string; unit: Record<'en' | 'ar', string> }[] };
  const unit = metrics.find((metric) => metric.id === metricId)?.unit[lang];
  if (unit === undefined) throw new Error(`no unit for metric "${metricId}"`);
  return uiText(lang, 'figureUnit').replace('{{unit}}', unit);
}

for (const lang of ['en', 'ar'] as const) {
  const text = copy[lang];
  const killedUnit = unitText('government-soldiers-killed', lang);

  test.describe(`the figures panel (${lang})`, () => {
    test('draws each party’s figure with its qualifier, linked to the claim, with a table behind it', async ({
      page,
      axeViolations,
    }) => {
      await page.goto(`${eventPath}?lang=${lang}`);
      await waitForComparison(page);
      const panel = page.getByRole('region', { name: text.panel });
      await expect(panel).toBeVisible();

      const killed = panel.locator(
        '[data-figure-chart="government-soldiers-killed/russian-mod-reported-attacks"]',
      );
      const bar = killed.getByRole('link', { name: new RegExp(text.upTo40) });
      await expect(bar).toContainText(text.mod);
      await expect(bar).toHaveAttribute('href', new RegExp(`#claim-${modClaim}$`));
      // Every figure says what it counts: the chart's title, and the claim's own list.
      await expect(killed.locator('figcaption')).toContainText(`${text.metric} (${killedUnit})`);
      await expect(page.locator(`[id="claim-${modClaim}"]`)).toContainText(
        `${text.metric} (${killedUnit})`,
      );
      await expect(panel.getByText(text.about400)).toBeVisible();
      // A vague quantity is listed in words, never as a bar.
      await expect(panel.getByText(text.vague, { exact: true })).toBeVisible();
      expect(await axeViolations()).toEqual([]);

      const asTables = panel.getByRole('checkbox', { name: text.tables });
      await scrollIntoSettledView(asTables);
      await asTables.check();
      const table = panel.getByRole('table', { name: new RegExp(text.metric) });
      await expect(table).toBeVisible();
      await expect(table.locator('caption')).toContainText(killedUnit);
      const row = table.getByRole('row', { name: new RegExp(text.mod) });
      await expect(row).toContainText(text.upTo40);
      await expect(row).toContainText(text.allows);
      expect(await axeViolations()).toEqual([]);

      // The party's name leads to its page; the claim link to the claim.
      await expect(row.getByRole('link', { name: text.mod, exact: true })).toHaveAttribute(
        'href',
        languagePath('/actors/russian-mod', lang),
      );
      await row.locator(`a[href$="#claim-${modClaim}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#claim-${modClaim}$`));
      await expect(page.locator(`[id="claim-${modClaim}"]`)).toBeFocused();
    });

    test('a hidden party’s figures leave the panel with its column', async ({ page }) => {
      await page.goto(`${eventPath}?lang=${lang}&actors=sohr,naji-al-mustafa`);
      await waitForComparison(page);
      const panel = page.getByRole('region', { name: text.panel });
      await expect(panel.getByText(text.about400)).toBeVisible();
      await expect(panel.getByText(text.upTo40)).toHaveCount(0);
    });
  });
}
