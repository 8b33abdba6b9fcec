import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { FuzzyDate } from '@/corpus/primitives';
import type { Figure, Stance } from '@/corpus/schema';
import { figureAmountText } from '@/lib/figure-amount-text';
import { describeFuzzyDate } from '@/lib/intl-format';
import { sourcePrintUrl } from './print-url';

/**
 * The words every claim card repeats, translated once per grid and language
 * rather than once per card: a large comparison has hundreds of cards, and
 * each translation call (and each component asking for `t`) adds up.
 */
export interface ClaimTexts {
  /**
   * The language these words are in, which the cards also name corpus text in:
   * carried here so a card never subscribes to i18next for it.
   */
  language: LanguageCode;
  saidBy: string;
  reportedBy: string;
  unnamedOutlet: string;
  saidOn: string;
  inSource: string;
  translationLabel: string;
  noClaim: string;
  stance: (stance: Stance) => string;
  /** How the date was obtained, with the corpus's note when it has one. */
  dateTitle: (date: FuzzyDate) => string;
  /** "23 Jan 2020", "Jan 2020 (inferred)". */
  dateText: (date: FuzzyDate) => string;
  /** "up to 40", "dozens". */
  amount: (figure: Figure) => string;
  /** The printed address of a claim's quote in its source (paper cannot follow a link). */
  sourcePrintUrl: (sourceId: string, claimId: string) => string;
}

/** Remembers each answer by key: the same dates, stances and amounts recur across cards. */
function remembered<T>(keyOf: (input: T) => string, compute: (input: T) => string) {
  const answers = new Map<string, string>();
  return (input: T) => {
    const key = keyOf(input);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(input);
      answers.set(key, answer);
    }
    return answer;
  };
}

/** `corpus` is the `?corpus=` of the corpus on screen, absent for the bundled one. */
export function claimTexts(t: TFunction, language: LanguageCode, corpus?: string): ClaimTexts {
  return {
    language,
    saidBy: t('compare.saidBy'),
    reportedBy: t('compare.reportedBy'),
    unnamedOutlet: t('compare.unnamedOutlet'),
    saidOn: t('compare.saidOn'),
    inSource: t('compare.inSource'),
    translationLabel: t('compare.translationLabel'),
    noClaim: t('compare.noClaim'),
    stance: remembered(
      (stance) => stance,
      (stance) => t(`stance.${stance}`),
    ),
    dateTitle: remembered(
      (date) => `${date.basis}\u0000${date.note ?? ''}`,
      (date) => t(`date.basis.${date.basis}`) + (date.note ? ` — ${date.note}` : ''),
    ),
    dateText: remembered(
      (date) => `${date.value}\u0000${date.precision}\u0000${date.basis}`,
      (date) =>
        describeFuzzyDate(date, language, {
          range: (from, to) => t('date.range', { from, to }),
          inferred: (text) => t('date.inferredSuffix', { date: text }),
        }),
    ),
    amount: remembered(
      (figure) =>
        `${String(figure.value)}\u0000${figure.qualifier ?? ''}\u0000${figure.vague?.meaning ?? ''}`,
      (figure) => figureAmountText(t, figure, language),
    ),
    sourcePrintUrl: (sourceId, claimId) => sourcePrintUrl(sourceId, claimId, corpus),
  };
}
