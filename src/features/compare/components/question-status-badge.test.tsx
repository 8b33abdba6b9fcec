import { cleanup, render, screen } from '@testing-library/react';
import type { QuestionStatus } from '@/corpus/rules/question-status';
import { claimTexts } from '@/components/claim-card/claim-texts';
import { i18n } from '@/lib/i18n';
import { QuestionStatusBadge } from './question-status-badge';

const words: [QuestionStatus, string, string][] = [
  ['disputed', 'Disputed', 'موضع خلاف'],
  ['cross-side', 'Consistent across sides', 'متّسق بين المعسكرات'],
  ['one-side', 'One side only', 'من معسكر واحد فقط'],
  ['single', 'Single account', 'رواية واحدة'],
  ['unanswered', 'No claims', 'لا ادعاءات'],
];

/** The badge's words, as a view builds them for all its badges, in the current language. */
const texts = () => {
  const language = i18n.language === 'ar' ? 'ar' : 'en';
  return claimTexts(i18n.getFixedT(language), language);
};

describe('QuestionStatusBadge', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it.each(words)('says %s in words, in English and Arabic', async (status, en, ar) => {
    render(<QuestionStatusBadge status={status} texts={texts()} />);
    expect(screen.getByText(en)).toHaveAttribute('data-status', status);
    cleanup();
    await i18n.changeLanguage('ar');
    render(<QuestionStatusBadge status={status} texts={texts()} />);
    expect(screen.getByText(ar)).toHaveAttribute('data-status', status);
  });

  it('never calls one side, or several, agreement', async () => {
    for (const language of ['en', 'ar']) {
      await i18n.changeLanguage(language);
      for (const status of ['one-side', 'cross-side'] as const) {
        render(<QuestionStatusBadge status={status} texts={texts()} />);
        expect(screen.getByText(/./).textContent).not.toMatch(/agree|متفق|اتفاق/i);
        cleanup();
      }
    }
  });

  it('never gives one side the green of "all good", nor disputed the look of another state', () => {
    const classes = Object.fromEntries(
      words.map(([status]) => {
        render(<QuestionStatusBadge status={status} texts={texts()} />);
        const { className } = screen.getByText(/./);
        cleanup();
        return [status, className];
      }),
    );
    expect(classes['one-side']).not.toMatch(/emerald|green/);
    expect(classes['one-side']).toMatch(/border-dashed/);
    expect(new Set(Object.values(classes)).size).toBe(words.length);
  });
});
