import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, figure, type IdlibCorpus } from './idlib-fixture';

/** Event 5 (seed 002): the ceasefire of the 13th Astana round, as al-Wasila reports it. */

const id = 'astana-13-ceasefire-2019-08';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('event 5: the 13th Astana round ceasefire', () => {
  it("keeps Lavrentiev's account of Turkey's Sochi obligations, carried by RT then al-Wasila", () => {
    for (const claimId of [
      'lavrentiev-turkey-pledged-to-remove-militants',
      'lavrentiev-turkey-can-count-on-russian-help',
    ]) {
      expect(corpus.claim(id, claimId)).toMatchObject({
        saidBy: 'alexander-lavrentiev',
        reportedBy: ['rt', 'al-wasila'],
        question: 'turkey-sochi-obligations',
        stance: 'asserts',
      });
    }
    const pledge = corpus.claim(id, 'lavrentiev-turkey-pledged-to-remove-militants');
    // مسلحين is "gunmen", never "militants".
    expect(pledge.translation).toContain('“gunmen”');
    expect(pledge.translation).not.toMatch(/militant/i);
    expect(corpus.event(id).event.summary.en).not.toMatch(/militant/i);
    expect(corpus.claim(id, 'lavrentiev-offered-help-fighting-tahrir-al-sham')).toMatchObject({
      question: 'russian-offer-against-hts',
      reportedBy: ['rt', 'al-wasila'],
    });
  });

  it("keeps Tohme's announcement of a ceasefire without monitoring", () => {
    expect(corpus.claim(id, 'ahmad-tohme-ceasefire-without-monitoring')).toMatchObject({
      saidBy: 'ahmad-tohme',
      reportedBy: ['al-wasila'],
      question: 'what-was-agreed',
      stance: 'asserts',
    });
  });

  it("keeps HTS's acceptance and statement, in one transliteration", () => {
    expect(corpus.claim(id, 'hts-accepted-ceasefire')).toMatchObject({
      saidBy: 'hayat-tahrir-al-sham',
      reportedBy: ['al-wasila'],
      question: 'hts-position-on-ceasefire',
      stance: 'asserts',
    });
    const days = corpus.claim(id, 'hts-campaign-failed-after-90-days');
    expect(days.question).toBe('did-campaign-fail');
    expect(figure(days, 'campaign-days')).toMatchObject({ value: 90, qualifier: 'more-than' });
    const dream = corpus.claim(id, 'hts-retaking-country-a-distant-dream');
    expect(dream).toMatchObject({
      question: 'can-government-retake-whole-country',
      stance: 'denies',
    });
    expect(dream.translation).toContain("the regime's regaining control");
    const hts = corpus.event(id).claims.filter((c) => c.saidBy === 'hayat-tahrir-al-sham');
    expect(hts.map((c) => c.translation).filter((t) => /Hay['’]a/.test(t ?? ''))).toEqual([]);
  });

  it("keeps Bakour's continued shelling as a denial that the ceasefire was observed", () => {
    const rockets = corpus.claim(id, 'mustafa-bakour-more-than-200-rockets-since-friday-morning');
    expect(rockets).toMatchObject({
      saidBy: 'mustafa-bakour',
      reportedBy: ['al-wasila'],
      question: 'was-ceasefire-observed',
      stance: 'denies',
    });
    expect(figure(rockets, 'rockets-fired')).toMatchObject({ value: 200, qualifier: 'more-than' });
    expect(corpus.claim(id, 'mustafa-bakour-russian-militias-kept-no-truce')).toMatchObject({
      saidBy: 'mustafa-bakour',
      question: 'was-ceasefire-observed',
      stance: 'denies',
    });
    expect(corpus.claim(id, 'al-wasila-campaign-failed-thanks-to-opposition').saidBy).toBe(
      'al-wasila',
    );
  });

  it("files HTS's praise of unity and al-Wasila's Sochi background where they answer something", () => {
    // «وثمنت الهيئة الدور الكبير لتوحد الفصائل… في مواجهة آلة الإجرام» says nothing of whether,
    // or on what footing, HTS accepted the ceasefire: it speaks to the campaign's failure.
    expect(corpus.claim(id, 'hts-praised-unity-of-factions')).toMatchObject({
      question: 'did-campaign-fail',
      stance: 'asserts',
    });
    expect(corpus.claimsOn(id, 'hts-position-on-ceasefire').map((c) => c.id)).toEqual([
      'hts-accepted-ceasefire',
      'hts-will-protect-people-and-land',
    ]);
    // The Sochi background says nothing of Turkey's undertaking, so it no longer "agrees" with
    // Lavrentiev's account of it: Lavrentiev stands alone there.
    expect(corpus.claim(id, 'al-wasila-sochi-demilitarised-zone').question).toBe(
      'what-sochi-agreement-provided',
    );
    expect(corpus.claimsOn(id, 'turkey-sochi-obligations').map((c) => c.saidBy)).toEqual([
      'alexander-lavrentiev',
      'alexander-lavrentiev',
    ]);
    expect(corpus.claim(id, 'hts-accepted-ceasefire').note?.en).toMatch(/conditional/);
  });

  it('pins the state of every question', () => {
    // HTS and the opposition are two sides in data/sides.json, so their shared "the campaign
    // failed" reads as cross-side; Lavrentiev and al-Wasila really are of two sides.
    expect(corpus.states(id)).toEqual({
      'what-was-agreed': 'single',
      'hts-position-on-ceasefire': 'single',
      'did-campaign-fail': 'cross-side',
      'can-government-retake-whole-country': 'single',
      'was-ceasefire-observed': 'single',
      'russian-offer-against-hts': 'cross-side',
      'turkey-sochi-obligations': 'single',
      'what-sochi-agreement-provided': 'single',
      'who-must-make-ceasefire-hold': 'single',
    });
  });
});

describe("event 5: HTS's statement, quoted and reported", () => {
  it("tells the statement's quoted sentences from the article's report of it", () => {
    expect(corpus.claim(id, 'hts-campaign-failed-after-90-days').wording).toBe('own-words');
    expect(corpus.claim(id, 'hts-regime-fragile-gang-of-militias').wording).toBe('own-words');
    expect(corpus.claim(id, 'hts-retaking-country-a-distant-dream').wording).toBe(
      'reported-speech',
    );
    // "وافقت هيئة تحرير الشام": the article says HTS agreed; it quotes nothing.
    expect(corpus.claim(id, 'hts-accepted-ceasefire').wording).toBe('outlet-account');
  });

  it("keeps the gist of HTS's description of the government neutral", () => {
    expect(corpus.claim(id, 'hts-regime-fragile-gang-of-militias').gist).toEqual({
      en: 'government too weak to advance',
      ar: 'عجز الحكومة عن التقدم',
    });
  });
});
