import type { Figure, Qualifier } from '../../src/corpus/schema';
import { figureTemplates, qualifierForms, type FigureTemplate } from './figure-templates';
import { clauses, type Phrase } from './phrase-banks';
import type { Prng } from './prng';

export interface SynthQuote {
  /** The words in Arabic and English; the source's language decides which is the quote. */
  text: Phrase;
  figures: Figure[];
}

const MIN_LENGTH = 60;
const MAX_LENGTH = 400;

const qualifierWeights: readonly (readonly [Qualifier, number])[] = [
  ['exact', 40],
  ['about', 20],
  ['up-to', 10],
  ['more-than', 15],
  ['at-least', 10],
  ['fewer-than', 5],
];

function arabicIndic(digits: string): string {
  return digits.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}

/** A figure's clause: the number (as digits the compiler will find) or the vague word. */
function figureClause(
  template: FigureTemplate,
  scope: string,
  language: 'ar' | 'en',
  random: Prng,
): { phrase: Phrase; figure: Figure } {
  if (template.vague && random.chance(0.15)) {
    const { word, meaning } = template.vague;
    return {
      phrase: template.vague,
      figure: { metric: template.metric, scope, vague: { word: word[language], meaning } },
    };
  }
  // Cubed: most reported tolls are small, a few are large.
  const value = Math.max(1, Math.ceil(template.max * random.next() ** 3));
  const qualifier = random.weighted(qualifierWeights);
  const form = qualifierForms[qualifier];
  // Some outlets print Arabic-Indic digits; the compiler reads both.
  const arDigits = random.chance(0.1) ? arabicIndic(String(value)) : String(value);
  return {
    phrase: {
      ar: template.ar.replace('{q}', form.ar.replace('{n}', arDigits)),
      en: template.en.replace('{q}', form.en.replace('{n}', String(value))),
    },
    figure: { metric: template.metric, scope, value, qualifier },
  };
}

/**
 * A quote of 60 to 400 characters (skewed short, as statements are) made of
 * whole clauses, with zero to two figures read off its own words.
 */
export function makeQuote(
  scopes: readonly string[],
  language: 'ar' | 'en',
  random: Prng,
): SynthQuote {
  const target = MIN_LENGTH + Math.floor((MAX_LENGTH - MIN_LENGTH) * random.next() ** 2);
  const figureCount =
    scopes.length === 0
      ? 0
      : random.weighted([
          [0, 65],
          [1, 30],
          [2, 5],
        ]);
  const parts: Phrase[] = [];
  const figures: Figure[] = [];
  for (const template of random.sample(figureTemplates, figureCount)) {
    const { phrase, figure } = figureClause(template, random.pick(scopes), language, random);
    parts.push(phrase);
    figures.push(figure);
  }
  const length = () => parts.reduce((sum, part) => sum + part.ar.length + 3, 0);
  for (const clause of random.sample(clauses, clauses.length)) {
    const current = length();
    if (current >= MIN_LENGTH && current + clause.ar.length > target) break;
    if (current + clause.ar.length + 3 > MAX_LENGTH) break;
    parts.splice(random.int(0, parts.length), 0, clause);
  }
  const en = parts.map((part) => part.en).join(', and ');
  return {
    text: {
      ar: parts.map((part) => part.ar).join('، و'),
      en: `${en.charAt(0).toUpperCase()}${en.slice(1)}`,
    },
    figures,
  };
}
