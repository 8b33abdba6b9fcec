import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '@/corpus/primitives';
import { eventSchema, sourceSchema } from '@/corpus/schema';
import { readSaidOn } from './relative-date';

const suggestSaidOn = (words: string, published: FuzzyDate) =>
  readSaidOn(words, published).suggestions;

// The bundled corpus as committed, read by Vite.
const eventFiles = import.meta.glob<string>('../../../../data/events/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sourceFiles = import.meta.glob<string>('../../../../data/sources/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const events = Object.values(eventFiles).map((text) => eventSchema.parse(JSON.parse(text)));
const sources = Object.values(sourceFiles).map((text) => sourceSchema.parse(JSON.parse(text)));
const publishedOf = (id: string) => sources.find((source) => source.id === id)?.published;

const day = (value: string): FuzzyDate => ({ value, precision: 'day', basis: 'stated' });
const glossOf = (note = '') => /^The text says '([^']+)'/.exec(note)?.[1] ?? '';

const monthNames =
  'January February March April May June July August September October November December';
const namedDayPattern = new RegExp(
  `(\\d{1,2}) (${monthNames.replaceAll(' ', '|')})(?: (\\d{4}))?`,
  'g',
);

/** The days a note names ("Friday 2 August 2019", "Wednesday 19 June"), a missing year taken from `year`. */
function namedDays(note: string, year: string): string[] {
  return [...note.matchAll(namedDayPattern)].map((match) => {
    const month = monthNames.split(' ').indexOf(match[2] ?? '') + 1;
    return `${match[3] ?? year}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  });
}

/** The phrases a note quotes: 'yesterday, Friday' in single quotes, or Arabic in brackets. */
function quotedPhrases(note: string): string[] {
  const english = [...note.matchAll(/(?<=^|[\s(])'([^']+)'(?![A-Za-z])/g)].map((m) => m[1] ?? '');
  const arabic = [...note.matchAll(/\(([\u0600-\u06ff][^)]*)\)/g)].map((m) => m[1] ?? '');
  return [...english, ...arabic];
}

interface ComputedDate {
  where: string;
  date: FuzzyDate;
  /** The publication date the note counts from, when it counts from one. */
  anchor: FuzzyDate | undefined;
}

/** Every computed date in the corpus, with the publication date it was computed against. */
function computedDates(): ComputedDate[] {
  const found: ComputedDate[] = sources
    .filter((source) => source.published.basis === 'computed')
    .map((source) => ({ where: source.id, date: source.published, anchor: source.published }));
  for (const event of events) {
    const anchorFor = (note?: string) => {
      const claim = event.claims.find((candidate) => candidate.saidOn.note === note);
      return claim && publishedOf(claim.source);
    };
    const dates = [
      event.date.from,
      event.date.to,
      ...event.scopes.flatMap((scope) => [scope.period?.from, scope.period?.to]),
      ...event.claims.map((claim) => claim.saidOn),
    ];
    for (const date of dates) {
      if (date?.basis === 'computed')
        found.push({ where: event.id, date, anchor: anchorFor(date.note) });
    }
  }
  return found;
}

describe('relative dates in the bundled corpus', () => {
  it('reproduce every computed date whose note quotes a relative phrase', () => {
    let checked = 0;
    for (const { where, date, anchor: published } of computedDates()) {
      const note = date.note ?? '';
      const external = note.includes('(external anchor)') ? namedDays(note, '').at(-1) : undefined;
      const anchor = external === undefined ? published : day(external);
      if (anchor?.precision !== 'day') continue;
      const named = [...namedDays(note, anchor.value.slice(0, 4)), date.value];
      const suggestions = quotedPhrases(note).flatMap((phrase) => suggestSaidOn(phrase, anchor));
      if (suggestions.length === 0) continue;
      checked += 1;
      for (const suggestion of suggestions) {
        expect({ where, note, value: suggestion.date.value }).toEqual({
          where,
          note,
          value: expect.toBeOneOf(named) as string,
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("date a claim as its note does where the note quotes the phrase read in the claim's words", () => {
    let checked = 0;
    for (const claim of events.flatMap((event) => event.claims)) {
      const published = publishedOf(claim.source);
      if (published?.precision !== 'day') continue;
      for (const suggestion of suggestSaidOn(claim.quote, published)) {
        const gloss = glossOf(suggestion.date.note);
        if (!claim.saidOn.note?.toLowerCase().includes(`'${gloss.toLowerCase()}'`)) continue;
        checked += 1;
        expect([claim.id, suggestion.date.value]).toEqual([claim.id, claim.saidOn.value]);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('refuse a weekday that disagrees with the publication date, and agree with the day the words were said', () => {
    let checked = 0;
    for (const claim of events.flatMap((event) => event.claims)) {
      const published = publishedOf(claim.source);
      if (published?.precision !== 'day') continue;
      for (const conflict of readSaidOn(claim.quote, published).conflicts) {
        if (conflict.reason !== 'weekday-disagrees') continue;
        checked += 1;
        // The words are a speaker's own, said on an earlier day than the article (seed 002).
        expect(claim.saidOn.value).not.toBe(published.value);
        const fromSaidOn = readSaidOn(conflict.words, claim.saidOn);
        expect(fromSaidOn.conflicts).toEqual([]);
        expect(fromSaidOn.suggestions).toHaveLength(1);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('suggestSaidOn', () => {
  const thursday = day('2020-01-23');
  const saturday = day('2019-08-03');
  const values = (words: string, published: FuzzyDate) =>
    suggestSaidOn(words, published).map(({ date, words: read }) => [
      read,
      date.value,
      date.precision,
    ]);

  it('reads a weekday as the last such day on or before publication, the day itself included', () => {
    expect(values('قال الخميس', thursday)).toEqual([['الخميس', '2020-01-23', 'day']]);
    expect(values('يوم الأربعاء', thursday)).toEqual([['يوم الأربعاء', '2020-01-22', 'day']]);
    expect(values('منذ الأربعاء', thursday)).toEqual([['منذ الأربعاء', '2020-01-22', 'day']]);
    expect(values('والجمعة', thursday)).toEqual([['الجمعة', '2020-01-17', 'day']]);
    expect(values('on Thursday', thursday)).toEqual([['on Thursday', '2020-01-23', 'day']]);
    expect(values('الخميس الماضي', thursday)).toEqual([['الخميس الماضي', '2020-01-16', 'day']]);
    expect(values('last Thursday', thursday)).toEqual([['last Thursday', '2020-01-16', 'day']]);
    expect(values('ليل الخميس/الجمعة', saturday)).toEqual([
      ['ليل الخميس', '2019-08-01', 'day'],
      ['الجمعة', '2019-08-02', 'day'],
    ]);
  });

  it('never dates a day to come', () => {
    expect(suggestSaidOn('الجمعة المقبلة', thursday)).toEqual([]);
    expect(suggestSaidOn('next Friday', thursday)).toEqual([]);
  });

  it('counts days back: today, yesterday, the day before, n days ago', () => {
    expect(values('اليوم', thursday)).toEqual([['اليوم', '2020-01-23', 'day']]);
    expect(values('today', thursday)).toEqual([['today', '2020-01-23', 'day']]);
    expect(values('أمس', thursday)).toEqual([['أمس', '2020-01-22', 'day']]);
    expect(values('بالأمس', thursday)).toEqual([['أمس', '2020-01-22', 'day']]);
    expect(values('البارحة', thursday)).toEqual([['البارحة', '2020-01-22', 'day']]);
    expect(values('yesterday', thursday)).toEqual([['yesterday', '2020-01-22', 'day']]);
    expect(values('أول أمس', thursday)).toEqual([['أول أمس', '2020-01-21', 'day']]);
    expect(values('أمس الأول', thursday)).toEqual([['أمس الأول', '2020-01-21', 'day']]);
    expect(values('قبل يومين', thursday)).toEqual([['قبل يومين', '2020-01-21', 'day']]);
    expect(values('قبل ثلاثة أيام', thursday)).toEqual([['قبل ثلاثة أيام', '2020-01-20', 'day']]);
    expect(values('قبل 3 أيام', thursday)).toEqual([['قبل 3 أيام', '2020-01-20', 'day']]);
    expect(values('five days ago', thursday)).toEqual([['five days ago', '2020-01-18', 'day']]);
  });

  it('takes «اليوم» for today only when it is not «the next day» or «that same day»', () => {
    expect(suggestSaidOn('في اليوم التالي', thursday)).toEqual([]);
    expect(suggestSaidOn('في اليوم نفسه', thursday)).toEqual([]);
  });

  it('dates «أمس الجمعة» only when yesterday was a Friday, and says why not', () => {
    expect(values('أمس الجمعة', saturday)).toEqual([['أمس الجمعة', '2019-08-02', 'day']]);
    expect(values('yesterday, Friday', saturday)).toEqual([
      ['yesterday, Friday', '2019-08-02', 'day'],
    ]);
    expect(values('اليوم السبت', saturday)).toEqual([['اليوم السبت', '2019-08-03', 'day']]);
    expect(readSaidOn('أعلن يوم أمس الخميس', saturday)).toEqual({
      suggestions: [],
      conflicts: [
        { reason: 'weekday-disagrees', words: 'يوم أمس الخميس', said: 4, computed: '2019-08-02' },
      ],
    });
  });

  it('gives no day when the publication is known only to the month, and says why', () => {
    const month: FuzzyDate = { value: '2020-01', precision: 'month', basis: 'inferred', note: 'n' };
    expect(readSaidOn('الخميس', month)).toEqual({
      suggestions: [],
      conflicts: [{ reason: 'publication-not-precise', words: 'الخميس', needs: 'day' }],
    });
    expect(values('الشهر الماضي', month)).toEqual([['الشهر الماضي', '2019-12', 'month']]);
    expect(values('العام الماضي', month)).toEqual([['العام الماضي', '2019', 'year']]);
  });

  it('gives "last week" a month only when every way of counting weeks keeps it in one month', () => {
    expect(values('الأسبوع الماضي', thursday)).toEqual([['الأسبوع الماضي', '2020-01', 'month']]);
    expect(values('earlier this week', thursday)).toEqual([['this week', '2020-01', 'month']]);
    expect(readSaidOn('الأسبوع الماضي', day('2020-01-06')).conflicts).toEqual([
      {
        reason: 'week-spans-months',
        words: 'الأسبوع الماضي',
        from: '2019-12-28',
        to: '2020-01-05',
      },
    ]);
  });

  it('writes a computed date with a note in the corpus style', () => {
    expect(suggestSaidOn('وأمس الجمعة, صرح', saturday)).toEqual([
      {
        words: 'أمس الجمعة',
        date: {
          value: '2019-08-02',
          precision: 'day',
          basis: 'computed',
          note: "The text says 'yesterday, Friday' (أمس الجمعة): the day before its publication on Saturday 3 August 2019, so Friday 2 August 2019 (see the source's date).",
        },
      },
    ]);
    expect(suggestSaidOn('الخميس', thursday)[0]?.date.note).toBe(
      "The text says 'Thursday' (الخميس): the day of its publication, Thursday 23 January 2020, itself a Thursday (see the source's date).",
    );
  });

  it('checks the computed day against a day the text states beside the phrase', () => {
    const june20 = day('2019-06-20');
    expect(suggestSaidOn('يوم أمس الأربعاء 19 يونيو / حزيران', june20)[0]?.date).toEqual({
      value: '2019-06-19',
      precision: 'day',
      basis: 'computed',
      note: "The text says 'yesterday, Wednesday' (يوم أمس الأربعاء): the day before its publication on Thursday 20 June 2019, so Wednesday 19 June 2019, the day the text also gives (see the source's date).",
    });
    expect(readSaidOn('يوم أمس الأربعاء 18 يونيو', june20).conflicts).toEqual([
      {
        reason: 'stated-day-disagrees',
        words: 'يوم أمس الأربعاء',
        stated: '06-18',
        computed: '2019-06-19',
      },
    ]);
    expect(readSaidOn('الخميس 23 كانون الثاني', day('2020-01-30'))).toEqual({
      suggestions: [],
      conflicts: [
        {
          reason: 'stated-day-disagrees',
          words: 'الخميس',
          stated: '01-23',
          computed: '2020-01-30',
        },
      ],
    });
    expect(values('الخميس 23 كانون الثاني', thursday)).toEqual([['الخميس', '2020-01-23', 'day']]);
  });

  it('offers each date once', () => {
    expect(values('الجمعة، وأمس الجمعة', saturday)).toEqual([['الجمعة', '2019-08-02', 'day']]);
  });
});
