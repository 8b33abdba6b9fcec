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
    expect(texts.carriedBy).toBe(t('card.carriedBy'));
    expect(texts.inSource).toBe(t('compare.inSource'));
    expect(texts.stance('denies')).toBe(t('card.stance.denies'));
    expect(texts.hearsayStance('asserts')).toBe('Reported: asserts');
    expect(texts.asToldBy('Mada Post')).toBe('as told by Mada Post');
    expect(texts.dateText(stated)).toBe(formatFuzzyDate(stated, 'en'));
    expect(texts.dateBasis(stated)).toBeUndefined();
    expect(texts.dateBasis(inferred)).toBe('inferred');
    expect(texts.dateBasis({ ...stated, basis: 'computed' })).toBe(
      'computed from a relative phrase',
    );
    expect(texts.amount({ metric: 'm', scope: 's', value: 40, qualifier: 'up-to' })).toBe(
      'up to 40',
    );
    expect(texts.amount({ metric: 'm', scope: 's', value: 2000 })).toBe('2,000');
    expect(
      texts.amount({ metric: 'm', scope: 's', vague: { meaning: 'dozens', word: 'عشرات' } }),
    ).toBe(t('vague.dozens'));
  });

  it('says stances in Arabic as nouns, which agree with any party', async () => {
    await i18n.loadLanguages('ar');
    const texts = claimTexts(i18n.getFixedT('ar'), 'ar');
    expect(texts.stance('denies')).toBe('نفي');
    expect(texts.hearsayStance('asserts')).toBe('رواية منقولة: تأكيد');
  });

  it('translates a recurring date or amount once, and keeps different ones apart', () => {
    const calls: string[] = [];
    const counting = ((key: string, options?: object) => {
      calls.push(key);
      return t(key as 'card.hearsay', options as { stance: string });
    }) as typeof t;
    const texts = claimTexts(counting, 'en');
    const before = calls.length;
    texts.hearsayStance('denies');
    texts.hearsayStance('denies');
    expect(calls.length - before).toBe(2);
    expect(texts.dateText({ ...inferred, value: '2015-05' })).not.toBe(texts.dateText(inferred));
    expect(texts.amount({ metric: 'm', scope: 's', value: 3, qualifier: 'about' })).not.toBe(
      texts.amount({ metric: 'm', scope: 's', value: 3, qualifier: 'more-than' }),
    );
  });
});
