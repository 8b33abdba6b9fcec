import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { Qualifier } from '@/corpus/schema';
import { formatNumber } from '@/lib/intl-format';
import { figureAllows } from './figure-allows';

/** "0 to 40", "above 100": what the statement allows, for the table. */
export function allowedValues(
  t: TFunction,
  value: number,
  qualifier: Qualifier,
  language: LanguageCode,
): string {
  const n = (x: number) => formatNumber(x, language);
  const allows = figureAllows(value, qualifier);
  switch (allows.kind) {
    case 'exact':
      return n(allows.value);
    case 'range':
      return t('compare.figuresPanel.range', { from: n(allows.from), to: n(allows.to) });
    case 'open':
      return t('compare.figuresPanel.rangeOpen', { from: n(allows.from) });
    case 'above':
      return t('compare.figuresPanel.rangeAbove', { from: n(allows.from) });
    case 'below':
      return t('compare.figuresPanel.rangeBelow', { to: n(allows.to) });
  }
}
