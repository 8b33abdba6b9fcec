import type { TFunction } from 'i18next';
import { dateWords } from '@/components/ui/date-text';
import type { LanguageCode } from '@/config/languages';
import type { SearchField } from '@/corpus/shards';
import type { DateWords } from '@/lib/intl-format';

/**
 * The words every event card repeats, translated once per list and language
 * rather than once per card: a filter change mounts dozens of cards, and each
 * component asking i18next for `t` pays for its own copy of the instance.
 */
export interface EventCardTexts {
  /** The language these words are in, which the cards also name corpus text in. */
  language: LanguageCode;
  parties: string;
  sides: string;
  noSide: string;
  claims: (count: number) => string;
  disputed: (count: number) => string;
  /** Before the parties who clash on a question: "between". */
  disputedBetween: string;
  /** The last item of a cut list of parties: "2 others". */
  otherParties: (count: number) => string;
  /** After the disputed questions a card names: "+2 more disputed questions". */
  moreDisputes: (count: number) => string;
  /** "Matched in a quote by Hmeimim base and a place name"; `where` is already a list. */
  matchedIn: (where: string) => string;
  /** Where a search word was found, with the party's name where there is one. */
  matchedField: (field: SearchField, name: string) => string;
  summaryMore: string;
  summaryLess: string;
  dates: DateWords;
}

export function eventCardTexts(t: TFunction, language: LanguageCode): EventCardTexts {
  const fields: Record<SearchField, (name: string) => string> = {
    'event-ar': () => t('events.card.matchedInEventAr'),
    'event-en': () => t('events.card.matchedInEventEn'),
    party: (name) => t('events.card.matchedInParty', { name }),
    place: () => t('events.card.matchedInPlace'),
    topic: () => t('events.card.matchedInTopic'),
    quote: (name) => t('events.card.matchedInQuote', { name }),
    translation: (name) => t('events.card.matchedInTranslation', { name }),
    gist: (name) => t('events.card.matchedInGist', { name }),
  };
  return {
    language,
    parties: t('events.parties'),
    sides: t('sides.label'),
    noSide: t('compare.parties.noSide'),
    claims: (count) => t('events.claims', { count }),
    disputed: (count) => t('events.disputed', { count }),
    disputedBetween: t('events.card.disputedBetween'),
    otherParties: (count) => t('events.card.otherParties', { count }),
    moreDisputes: (count) => t('events.card.moreDisputes', { count }),
    matchedIn: (where) => t('events.card.matchedIn', { where }),
    matchedField: (field, name) => fields[field](name),
    summaryMore: t('events.card.summaryMore'),
    summaryLess: t('events.card.summaryLess'),
    dates: dateWords(t),
  };
}
