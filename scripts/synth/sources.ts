import type { FuzzyDate } from '../../src/corpus/primitives';
import type { Actor, Source } from '../../src/corpus/schema';
import { spokenDay } from './dates';
import { attributions, clauses, type Phrase } from './phrase-banks';
import type { Prng } from './prng';

/** What the source text needs from each claim it carries. */
export interface ReportedWords {
  speaker: Actor;
  quote: string;
  /** Said on a stated day, named in the text. */
  day: number | undefined;
  medium: 'statement' | 'tweet' | undefined;
}

export interface SynthSource {
  json: Source & { $schema: string };
  text: string;
  /** Occurrence of each claim's quote, when the text holds it more than once. */
  occurrences: (number | undefined)[];
}

const SHARE = 'ShareWhatsAppTwitterFacebook';

function startsAt(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

function attributionFor(words: ReportedWords, random: Prng): Phrase {
  if (words.medium === 'tweet') return attributions[5] ?? random.pick(attributions);
  if (words.medium === 'statement') return attributions[4] ?? random.pick(attributions);
  return random.pick(attributions);
}

/**
 * An article in the register of the real corpus: headline, dateline, a
 * narrated lead, then each party's words introduced by the outlet, with
 * narration between. Every quote is pasted in verbatim, so the compiler
 * finds it; one that recurs gets the occurrence that points at its own place.
 */
export function makeSource(options: {
  id: string;
  language: 'ar' | 'en';
  outlet: Actor | null;
  published: FuzzyDate;
  headline: Phrase;
  dateline: Phrase;
  words: readonly ReportedWords[];
  random: Prng;
}): SynthSource {
  const { id, language, outlet, published, headline, dateline, words, random } = options;
  const l = language;
  const by = outlet ? outlet.name[l] : l === 'ar' ? 'خاص' : 'Special report';
  const paragraphs: string[] = [headline[l], `${dateline[l]} – ${by}`];
  const narrate = () => {
    const text = random.pick(clauses)[l];
    return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
  };
  paragraphs.push(`${narrate()} ${narrate()}`);
  const offsets: number[] = [];
  for (const said of words) {
    const who =
      said.day === undefined
        ? said.speaker.name[l]
        : `${said.speaker.name[l]}${l === 'ar' ? '، يوم' : ' on'} ${spokenDay(said.day)[l]}${l === 'ar' ? '،' : ','}`;
    const lead = `${attributionFor(said, random)[l].replace('{who}', who)} `;
    const before = paragraphs.join('\n\n').length + 2 + lead.length;
    offsets.push(before);
    paragraphs.push(`${lead}${said.quote}.${random.chance(0.5) ? ` ${narrate()}` : ''}`);
  }
  const share = random.chance(0.3);
  if (share) paragraphs.push(SHARE);
  const text = `${paragraphs.join('\n\n')}\n`;

  const occurrences = words.map((said, index) => {
    const found = startsAt(text, said.quote);
    return found.length > 1 ? found.indexOf(offsets[index] ?? -1) + 1 : undefined;
  });
  const json: SynthSource['json'] = {
    $schema: '../schema/source.schema.json',
    id,
    outlet: outlet?.id ?? null,
    title: headline[l],
    language,
    published,
    textFile: `${id}.txt`,
    boilerplate: share ? [{ text: SHARE, kind: 'share-buttons' }] : [],
  };
  if (!outlet) {
    json.outletNote = {
      ar: 'النص لا يسمي الجهة التي نشرته.',
      en: 'The text names no outlet.',
    };
  }
  if (language === 'ar') json.titleTranslation = { en: headline.en };
  return { json, text, occurrences };
}
