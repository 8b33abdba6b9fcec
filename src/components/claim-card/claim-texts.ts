import type { TFunction } from 'i18next';
import type { LanguageCode } from '@/config/languages';
import type { FuzzyDate, LocalizedText } from '@/corpus/primitives';
import type { QuestionStatus } from '@/corpus/rules/question-status';
import type { Figure, Stance } from '@/corpus/schema';
import { figureAmountText } from '@/lib/figure-amount-text';
import { formatFuzzyDate } from '@/lib/intl-format';
import { localized } from '@/lib/localized';

/** The citation's line labels, in the reader's language. */
export interface CitationLabels {
  translation: string;
  saidBy: string;
  carriedBy: string;
  date: string;
  source: string;
  link: string;
  /** Where the source can be checked, each "not recorded" when the corpus does not say. */
  original: string;
  archived: string;
  retrieved: string;
  notRecorded: string;
  whyNotRecorded: string;
}

/**
 * The words every claim card repeats, translated once per view and language
 * rather than once per card: a large comparison has hundreds of cards, and
 * each translation call (and each component asking for `t`) adds up.
 */
export interface ClaimTexts {
  /**
   * The language these words are in, which the cards also name corpus text in:
   * carried here so a card never subscribes to i18next for it.
   */
  language: LanguageCode;
  carriedBy: string;
  unnamedOutlet: string;
  saidOn: string;
  inSource: string;
  translationLabel: string;
  noClaim: string;
  noSide: string;
  linked: string;
  copyCitation: string;
  citationCopied: string;
  citationFailed: string;
  citationField: string;
  close: string;
  /** The disclosure that opens the editors' note on a claim. */
  editorsNote: string;
  citation: CitationLabels;
  /** "Asserts", or in Arabic a noun ("تأكيد"), which agrees with any party. */
  stance: (stance: Stance) => string;
  /** A hearsay claim's stance, never the party's own assertion: "Reported: asserts". */
  hearsayStance: (stance: Stance) => string;
  ownWords: string;
  reportedSpeech: string;
  /** "as told by Hadi al-Abdullah's blog": the quote is that outlet's account. */
  asToldBy: (outlet: string) => string;
  /** "Media outlet aligned with: Armed opposition", never a combatant side. */
  outletAligned: (side: string) => string;
  /** "Media outlet: Independent or alignment unknown": an outlet of no known side. */
  outletUnaligned: (side: string) => string;
  /** How a date was obtained, in words; undefined when the text states it. */
  dateBasis: (date: FuzzyDate) => string | undefined;
  /** "23 Jan 2020". */
  dateText: (date: FuzzyDate) => string;
  /** "up to 40", "dozens". */
  amount: (figure: Figure) => string;
  /** "unit: people": what a metric's figures count. */
  unit: (unit: LocalizedText) => string;
  /** A question's state in words: "Disputed", "One side only". */
  questionStatus: (status: QuestionStatus) => string;
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

export function claimTexts(t: TFunction, language: LanguageCode): ClaimTexts {
  const stance = remembered<Stance>(
    (value) => value,
    (value) => t(`card.stance.${value}`),
  );
  return {
    language,
    carriedBy: t('card.carriedBy'),
    unnamedOutlet: t('card.unnamedOutlet'),
    saidOn: t('compare.saidOn'),
    inSource: t('compare.inSource'),
    translationLabel: t('compare.translationLabel'),
    noClaim: t('compare.noClaim'),
    noSide: t('compare.parties.noSide'),
    linked: t('card.linked'),
    copyCitation: t('card.copyCitation'),
    citationCopied: t('card.citationCopied'),
    citationFailed: t('card.citationFailed'),
    citationField: t('card.citationField'),
    close: t('share.close'),
    editorsNote: t('card.editorsNote'),
    citation: {
      translation: t('card.citation.translation'),
      saidBy: t('card.citation.saidBy'),
      carriedBy: t('card.citation.carriedBy'),
      date: t('card.citation.date'),
      source: t('card.citation.source'),
      link: t('card.citation.link'),
      original: t('sources.provenance.original'),
      archived: t('sources.provenance.archived'),
      retrieved: t('sources.provenance.retrieved'),
      notRecorded: t('sources.provenance.notRecorded'),
      whyNotRecorded: t('sources.provenance.why'),
    },
    stance,
    hearsayStance: remembered<Stance>(
      (value) => value,
      // English lower-cases the stance inside the sentence; Arabic has no case to change.
      (value) => t('card.hearsay', { stance: stance(value).toLocaleLowerCase(language) }),
    ),
    ownWords: t('card.wording.own-words'),
    reportedSpeech: t('card.wording.reported-speech'),
    asToldBy: remembered(
      (outlet) => outlet,
      (outlet) => t('card.wording.outlet-account', { outlet }),
    ),
    outletAligned: remembered(
      (side) => side,
      (side) => t('card.outletAligned', { side }),
    ),
    outletUnaligned: remembered(
      (side) => side,
      (side) => t('card.outletUnaligned', { side }),
    ),
    dateBasis: (date) => (date.basis === 'stated' ? undefined : t(`card.dateBasis.${date.basis}`)),
    dateText: remembered(
      (date) => `${date.value}\u0000${date.precision}`,
      (date) => formatFuzzyDate(date, language),
    ),
    amount: remembered(
      (figure) =>
        `${String(figure.value)}\u0000${figure.qualifier ?? ''}\u0000${figure.vague?.meaning ?? ''}`,
      (figure) => figureAmountText(t, figure, language),
    ),
    unit: remembered(
      (unit) => `${unit.en}\u0000${unit.ar}`,
      (unit) => t('figureUnit', { unit: localized(unit, language) }),
    ),
    questionStatus: remembered<QuestionStatus>(
      (status) => status,
      (status) => t(`status.${status}`),
    ),
  };
}
