import type { Phrase } from './phrase-banks';

/**
 * Statements of a figure in both languages. The number goes in as digits,
 * so the compiler's figure check finds it in the quote; a vague variant
 * carries its vague word instead.
 */
/** How a figure's value is qualified, in both languages; `{n}` is the number. */
export const qualifierForms = {
  exact: { ar: '{n}', en: '{n}' },
  about: { ar: 'نحو {n}', en: 'about {n}' },
  'up-to': { ar: 'ما يصل إلى {n}', en: 'up to {n}' },
  'more-than': { ar: 'أكثر من {n}', en: 'more than {n}' },
  'at-least': { ar: 'ما لا يقل عن {n}', en: 'at least {n}' },
  'fewer-than': { ar: 'أقل من {n}', en: 'fewer than {n}' },
} as const;

export interface FigureTemplate {
  metric: string;
  /** `{q}` is the qualified number. */
  ar: string;
  en: string;
  max: number;
  /** The same statement with a vague quantity instead of a number. */
  vague?: Phrase & {
    /** The vague word as each language says it, never first (a capital would hide it). */
    word: Phrase;
    meaning: 'dozens' | 'hundreds' | 'thousands';
  };
}

export const figureTemplates: readonly FigureTemplate[] = [
  {
    metric: 'civilians-killed',
    ar: 'أسفر القصف عن مقتل {q} مدنيا',
    en: 'the shelling killed {q} civilians',
    max: 300,
    vague: {
      ar: 'أسفر القصف عن مقتل عشرات المدنيين',
      en: 'the shelling killed dozens of civilians',
      word: { ar: 'عشرات', en: 'dozens' },
      meaning: 'dozens',
    },
  },
  {
    metric: 'civilians-wounded',
    ar: 'أصيب {q} مدنيا بجروح متفاوتة',
    en: '{q} civilians were wounded to varying degrees',
    max: 800,
    vague: {
      ar: 'أصيب المئات بجروح متفاوتة',
      en: 'the wounded, to varying degrees, number in the hundreds',
      word: { ar: 'المئات', en: 'hundreds' },
      meaning: 'hundreds',
    },
  },
  {
    metric: 'government-soldiers-killed',
    ar: 'قتل {q} من عناصر القوات الحكومية',
    en: '{q} members of the government forces were killed',
    max: 400,
    vague: {
      ar: 'قتل عشرات العناصر من القوات الحكومية',
      en: 'the government forces lost dozens of their troops',
      word: { ar: 'عشرات', en: 'dozens' },
      meaning: 'dozens',
    },
  },
  {
    metric: 'attackers-killed',
    ar: 'تم القضاء على {q} من المسلحين المهاجمين',
    en: '{q} of the attacking gunmen were eliminated',
    max: 300,
  },
  {
    metric: 'air-strikes',
    ar: 'الطيران نفذ {q} غارة جوية',
    en: 'the aircraft carried out {q} air strikes',
    max: 600,
    vague: {
      ar: 'الطيران نفذ عشرات الغارات الجوية',
      en: 'the aircraft carried out dozens of air strikes',
      word: { ar: 'عشرات', en: 'dozens' },
      meaning: 'dozens',
    },
  },
  {
    metric: 'civilians-displaced',
    ar: 'نزح {q} شخص من المنطقة',
    en: '{q} people fled the area',
    max: 90000,
    vague: {
      ar: 'نزح آلاف المدنيين من المنطقة',
      en: 'the area saw thousands of civilians flee',
      word: { ar: 'آلاف', en: 'thousands' },
      meaning: 'thousands',
    },
  },
  {
    metric: 'rockets-fired',
    ar: 'أطلق المسلحون {q} صاروخا',
    en: 'the gunmen fired {q} rockets',
    max: 200,
  },
  {
    metric: 'ceasefire-violations',
    ar: 'رصدنا {q} خرقا لوقف إطلاق النار',
    en: 'we recorded {q} violations of the ceasefire',
    max: 500,
  },
  {
    metric: 'children-killed',
    ar: 'بين القتلى {q} طفلا',
    en: 'among the dead are {q} children',
    max: 120,
  },
  {
    metric: 'failed-assault-attempts',
    ar: 'أفشلنا {q} محاولات تقدم',
    en: 'we foiled {q} attempts to advance',
    max: 40,
  },
  {
    metric: 'aircraft-downed',
    ar: 'أسقطنا {q} طائرات مسيرة',
    en: 'we brought down {q} drones',
    max: 30,
  },
  {
    metric: 'government-soldiers-wounded',
    ar: 'جرح {q} من الجنود',
    en: '{q} soldiers were wounded',
    max: 600,
  },
];
