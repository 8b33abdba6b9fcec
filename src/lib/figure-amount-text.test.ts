import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { figureAmountText } from './figure-amount-text';
import { formatNumber } from './intl-format';

describe('figureAmountText', () => {
  it('writes an exact figure as the catalogue would, and a qualified one with its qualifier', async () => {
    for (const language of ['en', 'ar'] as const) {
      await i18n.changeLanguage(language);
      const t = i18n.getFixedT(language);
      const exact = figureAmountText(t, { metric: 'killed', scope: 's', value: 1250 }, language);
      // The short cut must give what the catalogue's own wording for an exact figure gives.
      expect(exact).toBe(t('qualifier.exact', { value: exact }));
      expect(exact).toBe(formatNumber(1250, language));
      expect(
        figureAmountText(
          t,
          { metric: 'killed', scope: 's', value: 40, qualifier: 'up-to' },
          language,
        ),
      ).toBe(
        t('qualifier.up-to', {
          value: figureAmountText(t, { metric: 'killed', scope: 's', value: 40 }, language),
        }),
      );
      expect(
        figureAmountText(
          t,
          { metric: 'killed', scope: 's', vague: { word: 'عشرات', meaning: 'dozens' } },
          language,
        ),
      ).toBe(t('vague.dozens'));
    }
  });
});
