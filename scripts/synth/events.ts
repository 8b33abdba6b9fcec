import type { LocalizedText } from '../../src/corpus/primitives';
import type { Actor, Claim, CorpusEvent, Stance } from '../../src/corpus/schema';
import { fuzzyDate, randomPrecision, SPAN_DAYS, spokenMonth } from './dates';
import { eventKinds, questionBank } from './name-banks';
import { clauses } from './phrase-banks';
import type { Prng } from './prng';
import { makeQuote } from './quotes';
import { slugify, type Registries } from './registries';
import { makeSource, type ReportedWords, type SynthSource } from './sources';

export interface SynthEvent {
  json: CorpusEvent & { $schema: string };
  sources: SynthSource[];
}

const stances: readonly (readonly [Stance, number])[] = [
  ['asserts', 50],
  ['denies', 16],
  ['alternative-explanation', 10],
  ['casts-doubt', 10],
  ['counter-figure', 10],
  ['silent', 4],
];
/** One neutral line per stance, so a bench corpus has gists to render and search. */
const gists: Partial<Record<Stance, LocalizedText>> = {
  asserts: { en: 'attack confirmed', ar: 'تأكيد الهجوم' },
  denies: { en: 'attack denied', ar: 'نفي الهجوم' },
  'alternative-explanation': { en: 'another cause', ar: 'سبب آخر' },
  'casts-doubt': { en: 'account doubted', ar: 'تشكيك في الرواية' },
  'counter-figure': { en: 'a different toll', ar: 'حصيلة مختلفة' },
};

/**
 * Derived from what is already drawn, not drawn afresh: another draw would
 * shift every later number and change the bench corpus the figures were taken on.
 */
function wordingOf(n: number, reportedBy: readonly string[]): Claim['wording'] {
  if (reportedBy.length === 0) return 'own-words';
  if (n % 4 === 3) return 'outlet-account';
  return n % 2 === 0 ? 'reported-speech' : 'own-words';
}

const media = ['statement', 'tweet', 'interview', 'video', 'press-conference', 'report'] as const;

/** Who carried the words, ending with the source's outlet unless the outlet is the speaker. */
function carriers(speaker: Actor, outlet: Actor | null, outlets: Actor[], random: Prng): string[] {
  if (outlet === null || outlet.id === speaker.id) return [];
  const middle = random.chance(0.3) ? random.pick(outlets) : undefined;
  return middle && middle.id !== outlet.id && middle.id !== speaker.id
    ? [middle.id, outlet.id]
    : [outlet.id];
}

/** Sources of one to six claims each: a report usually carries a few parties' words. */
function groupSizes(total: number, random: Prng): number[] {
  const sizes: number[] = [];
  for (let left = total; left > 0;) {
    const size = Math.min(
      left,
      random.weighted([
        [1, 3],
        [2, 4],
        [3, 4],
        [4, 3],
        [5, 2],
        [6, 1],
      ]),
    );
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function makeEvent(
  index: number,
  claimCount: number,
  partyCount: number,
  registries: Registries,
  random: Prng,
): SynthEvent {
  const [kindAr, kindEn, kindId] = random.pick(eventKinds);
  const place = random.pick(registries.eventPlaces);
  const start = random.int(0, SPAN_DAYS - 16);
  const month = spokenMonth(start);
  const precision = random.weighted([
    ['day', 80],
    ['month', 15],
    ['year', 5],
  ] as const);
  const from = fuzzyDate(start, precision, random);
  const end = precision === 'day' && random.chance(0.3) ? start + random.int(1, 10) : undefined;
  const date = end === undefined ? { from } : { from, to: fuzzyDate(end, 'day', random) };
  const id = `${kindId}-${place.id}-${from.value.slice(0, 7)}-e${String(index).padStart(5, '0')}`;
  const title = {
    ar: `${kindAr} في ${place.name.ar} (${month.ar})`,
    en: `${kindEn} in ${place.name.en} (${month.en})`,
  };
  const extra = random.sample(clauses, random.int(1, 3));
  const summary = {
    ar: `تتباين روايات الأطراف حول ${kindAr} في ${place.name.ar} في ${month.ar}: ${extra.map((c) => c.ar).join('، و')}.`,
    en: `The parties' accounts of the ${kindEn.toLowerCase()} in ${place.name.en} in ${month.en} differ: ${extra.map((c) => c.en).join(', and ')}.`,
  };
  const questions = random
    .sample(questionBank, Math.min(questionBank.length, Math.max(1, Math.ceil(claimCount / 14))))
    .map((label) => ({ id: slugify(label.en), label }));
  const scopes = [
    {
      id: 'in-place',
      label: { ar: `${place.name.ar}، ${month.ar}`, en: `${place.name.en}, ${month.en}` },
      place: place.id,
      period: date,
    },
  ];
  const parties = random.sample(registries.actors, partyCount);
  const lastDay = end ?? start;

  const claims: Claim[] = [];
  const sources: SynthSource[] = [];
  for (const size of groupSizes(claimCount, random)) {
    const sourceId = `${id}-s${sources.length + 1}`;
    const language = random.chance(0.15) ? 'en' : 'ar';
    const outlet = random.chance(0.9) ? random.pick(registries.outlets) : null;
    const group: Claim[] = [];
    const words: ReportedWords[] = [];
    for (let i = 0; i < size; i += 1) {
      const n = claims.length + group.length;
      // Every party and every question gets at least one claim.
      const speaker = parties[n] ?? random.pick(parties);
      const question = questions[n]?.id ?? random.pick(questions).id;
      const quote = makeQuote(['in-place'], language, random);
      const day = random.int(start, lastDay + 2);
      const saidOn = fuzzyDate(day, randomPrecision(random), random, [4, 4, 1, 1]);
      const medium = random.chance(0.8) ? random.pick(media) : undefined;
      const reportedBy = carriers(speaker, outlet, registries.outlets, random);
      const claim: Claim = {
        id: `${id}-c${n + 1}`,
        question,
        saidBy: speaker.id,
        reportedBy,
        source: sourceId,
        quote: quote.text[language],
        stance: random.weighted(stances),
        wording: wordingOf(n, reportedBy),
        figures: quote.figures,
        saidOn,
      };
      const gist = gists[claim.stance];
      if (gist && n % 3 !== 2) claim.gist = gist;
      if (medium) claim.medium = medium;
      if (language === 'ar') claim.translation = quote.text.en;
      if (n > 0 && random.chance(0.08)) claim.saidAfter = `${id}-c${random.int(1, n)}`;
      group.push(claim);
      const statedDay = saidOn.basis === 'stated' && saidOn.precision === 'day' ? day : undefined;
      const said = medium === 'statement' || medium === 'tweet' ? medium : undefined;
      words.push({ speaker, quote: claim.quote, day: statedDay, medium: said });
    }
    const published = lastDay + 2 + random.int(0, 3);
    const source = makeSource({
      id: sourceId,
      language,
      outlet,
      published: fuzzyDate(published, randomPrecision(random), random, [6, 0, 2, 2]),
      headline: title,
      dateline: place.name,
      words,
      random,
    });
    group.forEach((claim, i) => {
      const occurrence = source.occurrences[i];
      if (occurrence !== undefined) claim.occurrence = occurrence;
    });
    claims.push(...group);
    sources.push(source);
  }

  const topics = random.sample(registries.topics, random.int(1, 3)).map((topic) => topic.id);
  const json: SynthEvent['json'] = {
    $schema: '../schema/event.schema.json',
    id,
    title,
    summary,
    date,
    places: place.within === undefined ? [place.id] : [place.id, place.within],
    topics,
    questions,
    scopes,
    claims,
  };
  return { json, sources };
}
