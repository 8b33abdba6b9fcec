import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, figure, reasonsBetween, type IdlibCorpus } from './idlib-fixture';

/** Event 6 (seeds 000, 001, 002, 004): the 2019 campaign's start, toll and course. */

const id = 'idlib-campaign-2019-start-toll-and-course';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe("event 6: the campaign's start, toll and course", () => {
  it('puts the two start dates on one question, as conflicting figures', () => {
    const wasila = corpus.claim(id, 'al-wasila-campaign-began-26-april');
    const mada = corpus.claim(id, 'mada-post-campaign-began-24-april-2019');
    expect(figure(wasila, 'campaign-start-day-april-2019').value).toBe(26);
    expect(figure(mada, 'campaign-start-day-april-2019').value).toBe(24);
    const status = corpus.status(id, 'campaign-start-date');
    expect(status.status).toBe('disputed');
    expect(reasonsBetween(status, 'conflicting-figures', ['al-wasila', 'mada-post'])).toEqual([
      ['al-wasila-campaign-began-26-april', 'mada-post-campaign-began-24-april-2019'],
    ]);
  });

  it('does not read a goal and a trigger as a dispute over why it began', () => {
    expect(corpus.claim(id, 'mada-post-campaign-aimed-at-opposition-areas').stance).toBe('asserts');
    expect(corpus.status(id, 'why-campaign-began').status).toBe('one-side');
    expect(corpus.event(id).event.summary.en).not.toMatch(/and why/);
  });

  it("runs to August 2019, the date of al-Wasila's latest account", () => {
    const shard = corpus.event(id);
    expect(shard.event.date.to).toMatchObject({
      value: '2019-08',
      precision: 'month',
      basis: 'inferred',
    });
    const latest = corpus.claim(id, 'al-wasila-shelling-escalated-since-late-april').saidOn.value;
    expect(latest.startsWith(shard.event.date.to?.value ?? '')).toBe(true);
  });

  it("keeps SNHR's civilian toll with its 26 April to 21 June 2019 period", () => {
    const scope = corpus
      .event(id)
      .event.scopes.find((s) => s.id === 'snhr-idlib-zone-2019-04-26-to-06-21');
    expect(scope?.period?.from.value).toBe('2019-04-26');
    expect(scope?.period?.to?.value).toBe('2019-06-21');
    const killed = corpus.claim(id, 'snhr-about-490-civilians-killed');
    expect(killed.saidBy).toBe('snhr');
    expect(figure(killed, 'civilians-killed')).toMatchObject({
      value: 490,
      qualifier: 'about',
      scope: scope?.id,
    });
    const detail = corpus.claim(id, 'snhr-118-children-92-women-1487-wounded');
    expect(figure(detail, 'children-killed')).toMatchObject({ value: 118, qualifier: 'exact' });
    expect(figure(detail, 'women-killed')).toMatchObject({ value: 92, qualifier: 'exact' });
    expect(figure(detail, 'civilians-wounded')).toMatchObject({ value: 1487, qualifier: 'about' });
  });

  it("sets the Tiger Forces commander's admission beside HTS's count of government losses", () => {
    const question = 'government-losses-since-campaign-start';
    const hts = corpus.claim(id, 'hts-commander-about-750-killed-2000-wounded');
    expect(hts).toMatchObject({
      saidBy: 'unnamed-hts-commander',
      question,
      reportedBy: ['al-wasila'],
    });
    expect(figure(hts, 'government-soldiers-killed')).toMatchObject({
      value: 750,
      qualifier: 'about',
    });
    expect(figure(hts, 'government-soldiers-wounded')).toMatchObject({
      value: 2000,
      qualifier: 'more-than',
    });
    const shaheen = corpus.claim(id, 'suleiman-shaheen-heavy-losses-in-northern-battles');
    const original = corpus.claim(
      'russian-announced-halt-idlib-2019-05',
      'suleiman-shaheen-admitted-heavy-losses-quagmire',
    );
    expect(shaheen).toMatchObject({
      saidBy: 'suleiman-shaheen',
      question,
      reportedBy: ['hadi-al-abdullah-blog'],
      quote: original.quote,
    });
    expect(shaheen.note?.en).toContain(original.id);
  });

  it("keeps Bakour's chain of outlets: Al-Araby Al-Jadeed, then al-Wasila", () => {
    for (const [claimId, question] of [
      ['mustafa-bakour-situation-favours-factions', 'military-balance'],
      [
        'mustafa-bakour-truce-request-means-russians-cannot-continue',
        'meaning-of-russian-truce-request',
      ],
      ['mustafa-bakour-russia-will-not-stay-silent', 'russia-response-to-setbacks'],
    ] as const) {
      expect(corpus.claim(id, claimId)).toMatchObject({
        saidBy: 'mustafa-bakour',
        question,
        reportedBy: ['al-araby-al-jadeed', 'al-wasila'],
        stance: 'asserts',
      });
    }
    expect(
      corpus.claim(id, 'al-wasila-headline-commanders-say-russian-plans-foiled'),
    ).toMatchObject({
      saidBy: 'al-wasila',
      reportedBy: [],
      question: 'military-balance',
      stance: 'asserts',
    });
  });

  it("labels questions in its own words, not a party's", () => {
    const labels = corpus.event(id).event.questions.map((q) => q.label.en);
    expect(labels).toContain("What does Russia's truce proposal signify?");
    expect(labels).toContain('How will Russia respond to the course of the fighting?');
    expect(labels.filter((label) => /request|setbacks/i.test(label))).toEqual([]);
  });

  it('pins the state of every question', () => {
    // Every voice on why it began, on the balance and on al-Fath al-Mubin is the opposition's
    // (its factions, commanders and aligned outlets): an echo, never "agreed".
    expect(corpus.states(id)).toEqual({
      'campaign-start-date': 'disputed',
      'why-campaign-began': 'one-side',
      'government-losses-since-campaign-start': 'cross-side',
      'civilian-toll': 'single',
      'conduct-of-campaign': 'single',
      'military-balance': 'one-side',
      'meaning-of-russian-truce-request': 'single',
      'russia-response-to-setbacks': 'single',
      'government-forces-morale': 'single',
      'russian-view-of-allied-forces': 'single',
      'prospects-of-new-turkish-russian-deal': 'single',
      'turkish-military-support': 'single',
      'turkey-position-on-idlib': 'cross-side',
      'al-fath-al-mubin-operation': 'one-side',
      'role-of-opposition-held-north': 'single',
    });
  });
});

describe('event 6: how the counts of losses reached us', () => {
  it("sets Shaheen's hearsay apart from the HTS commander's quoted count", () => {
    const wordings = Object.fromEntries(
      corpus
        .claimsOn(id, 'government-losses-since-campaign-start')
        .map((claim) => [claim.id, claim.wording]),
    );
    expect(wordings).toEqual({
      'hts-commander-about-750-killed-2000-wounded': 'own-words',
      'al-wasila-heavy-government-losses-in-60-days': 'own-words',
      'suleiman-shaheen-heavy-losses-in-northern-battles': 'outlet-account',
    });
  });

  it('dates the campaign in parallel gists, 26 against 24 April', () => {
    expect(corpus.claim(id, 'al-wasila-campaign-began-26-april').gist).toEqual({
      en: 'began on 26 April',
      ar: 'بدأت في 26 نيسان',
    });
    expect(corpus.claim(id, 'mada-post-campaign-began-24-april-2019').gist).toEqual({
      en: 'began on 24 April',
      ar: 'بدأت في 24 نيسان',
    });
  });
});

describe('event 6: dates and chains the texts do not give', () => {
  it("says Mustafa Sejari's June 2019 is an assumption, not the text's", () => {
    for (const claimId of [
      'mustafa-sejari-north-writes-new-history',
      'mustafa-sejari-whole-homeland-will-be-restored',
    ]) {
      const saidOn = corpus.claim(id, claimId).saidOn;
      expect(saidOn, claimId).toMatchObject({ value: '2019-06', basis: 'inferred' });
      expect(saidOn.note, claimId).toMatch(/an assumption/);
      expect(saidOn.note, claimId).toMatch(/may be older/);
    }
  });

  it("marks Bakour's chain through Al-Araby Al-Jadeed as inferred", () => {
    const bakour = corpus.event(id).claims.filter((claim) => claim.saidBy === 'mustafa-bakour');
    expect(bakour.length).toBeGreaterThan(0);
    for (const claim of bakour) {
      expect(claim.reportedBy, claim.id).toEqual(['al-araby-al-jadeed', 'al-wasila']);
      expect(claim.note?.en, claim.id).toMatch(/chain of outlets .* is inferred/);
    }
  });
});
