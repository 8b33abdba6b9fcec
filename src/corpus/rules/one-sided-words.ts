import { foldForSearch } from '../search/search-fold';

/**
 * A word one side of the war uses for the other, and never for itself. In a party's quote it is
 * evidence and stays; in a name we give a party it would take that side's view, so the compiler
 * refuses it there (`check-party-names.ts`). A party's aliases may carry it: they are how the
 * texts name the party, and readers search for them.
 *
 * Forms are listed as written; they are folded (no hamza seats, ة as ه, ى as ي) before matching,
 * and a word matches with or without a leading و ف ب ك ل (لل for ل + ال).
 */
export interface OneSidedWord {
  /** The word as a message names it. */
  word: string;
  forms: { ar: readonly string[]; en: readonly string[] };
  /** Who uses it for whom: the reason it is not ours. */
  reason: string;
}

export const ONE_SIDED_WORDS: readonly OneSidedWord[] = [
  {
    word: 'النظام / regime',
    forms: { ar: ['نظام', 'النظام'], en: ['regime', 'regimes'] },
    reason:
      "the opposition's and its outlets' word for the Syrian government («النظام السوري», «نظام الأسد»)",
  },
  {
    word: 'ميليشيات / militias',
    forms: {
      ar: ['ميليشيا', 'ميليشيات', 'الميليشيات', 'مليشيا', 'مليشيات', 'المليشيات', 'ميلشيات'],
      en: ['militia', 'militias'],
    },
    reason:
      "the opposition outlets' word for the forces fighting on the government's side («ميليشيات الأسد», «ميليشيات النمر»)",
  },
  {
    word: 'الاحتلال / occupation',
    forms: { ar: ['احتلال', 'الاحتلال'], en: ['occupation', 'occupier', 'occupiers'] },
    reason: "the opposition outlets' word for Russia and its forces («الاحتلال الروسي»)",
  },
  {
    word: 'المرتزقة / mercenaries',
    forms: { ar: ['مرتزقة', 'المرتزقة'], en: ['mercenary', 'mercenaries'] },
    reason:
      "the opposition's word for the fighters on the government's side («المرتزقة والمليشيات الأسدية»)",
  },
  {
    word: 'الإرهابيين / terrorists',
    forms: {
      ar: [
        'إرهابي',
        'إرهابيون',
        'إرهابيين',
        'إرهابية',
        'الإرهابي',
        'الإرهابيون',
        'الإرهابيين',
        'الإرهابية',
      ],
      en: ['terrorist', 'terrorists'],
    },
    reason:
      "the Syrian government's and Russia's word for the armed opposition; where a body such as the UN lists a group, the description says so, not the name",
  },
  {
    word: 'المسلحين / militants',
    forms: {
      ar: ['مسلحون', 'مسلحين', 'المسلحون', 'المسلحين'],
      en: ['militant', 'militants', 'gunmen'],
    },
    reason:
      "the Russian and Syrian governments' word for the opposition's fighters («إخراج المسلحين»); the adjective of «القوات المسلحة» is not it",
  },
  {
    word: 'التكفيريين / takfiris',
    forms: {
      ar: ['تكفيري', 'تكفيريون', 'تكفيريين', 'التكفيري', 'التكفيريون', 'التكفيريين'],
      en: ['takfiri', 'takfiris'],
    },
    reason: "the Syrian government's and its allies' word for the Islamist factions",
  },
  {
    word: 'عصابة / gang',
    forms: { ar: ['عصابة', 'عصابات', 'العصابة', 'العصابات'], en: ['gang', 'gangs'] },
    reason:
      "each side's word for the other's forces: HTS calls the government «عصابة», the government calls the factions «العصابات المسلحة»",
  },
];

const PROCLITICS = ['و', 'ف', 'ب', 'ك', 'ل'];

/** The word itself, and what is left once one leading proclitic is taken off. */
function bareForms(word: string): string[] {
  const forms = [word];
  const first = word.charAt(0);
  if (word.length > 3 && PROCLITICS.includes(first)) {
    forms.push(word.slice(1));
    // ل + ال is written لل: «للنظام» is «ل» + «النظام».
    if (first === 'ل' && word.startsWith('لل')) forms.push(`ا${word.slice(1)}`);
  }
  return forms;
}

const foldedForms = ONE_SIDED_WORDS.map((entry) => ({
  entry,
  ar: new Set(entry.forms.ar.map(foldForSearch)),
  en: new Set(entry.forms.en.map(foldForSearch)),
}));

/** The one-sided words a name carries in the given language, in list order. */
export function oneSidedWordsIn(text: string, language: 'ar' | 'en'): OneSidedWord[] {
  const words = foldForSearch(text).split(' ');
  return foldedForms
    .filter((forms) =>
      words.some((word) =>
        (language === 'ar' ? bareForms(word) : [word]).some((form) => forms[language].has(form)),
      ),
    )
    .map((forms) => forms.entry);
}
