import { i18n } from '@/lib/i18n';
import { formatFuzzyDate } from '@/lib/intl-format';
import { claimTexts } from './claim-texts';

const t = i18n.getFixedT('en');
const stated = { value: '2015-04-22', precision: 'day', basis: 'stated' } as const;
const inferred = {
  value: '2015-04',
  precision: 'month',
  basis: 'inferred',
  note: 'from the dateline',
} as const;

describe('claimTexts', () => {
  it('gives the words a card would have translated itself', () => {
    const texts = claimTexts(t, 'en');
    expect(texts.saidBy).toBe(t('compare.saidBy'));
    expect(texts.inSource).toBe(t('compare.inSource'));
    expect(texts.stance('denies')).toBe(t('stance.denies'));
    expect(texts.dateText(stated)).toBe(formatFuzzyDate(stated, 'en'));
    expect(texts.dateText(inferred)).toBe(
      t('date.inferredSuffix', { date: formatFuzzyDate(inferred, 'en') }),
    );
    expect(texts.dateTitle(inferred)).toBe(`${t('date.basis.inferred')} — from the dateline`);
    expect(texts.dateTitle(stated)).toBe(t('date.basis.stated'));
    expect(texts.amount({ metric: 'm', scope: 's', value: 40, qualifier: 'up-to' })).toBe(
      'up to 40',
    );
    expect(texts.amount({ metric: 'm', scope: 's', value: 2000 })).toBe('2,000');
    expect(
      texts.amount({ metric: 'm', scope: 's', vague: { meaning: 'dozens', word: 'عشرات' } }),
    ).toBe(t('vague.dozens'));
  });

  it('translates a recurring date or amount once, and keeps different ones apart', () => {
    const calls: string[] = [];
    const counting = ((key: string, options?: object) => {
      calls.push(key);
      return t(key as 'date.inferredSuffix', options as { date: string });
    }) as typeof t;
    const texts = claimTexts(counting, 'en');
    const before = calls.length;
    texts.dateText(inferred);
    texts.dateText({ ...inferred });
    expect(calls.length - before).toBe(1);
    expect(texts.dateText({ ...inferred, value: '2015-05' })).not.toBe(texts.dateText(inferred));
    expect(texts.amount({ metric: 'm', scope: 's', value: 3, qualifier: 'about' })).not.toBe(
      texts.amount({ metric: 'm', scope: 's', value: 3, qualifier: 'more-than' }),
    );
  });
});
