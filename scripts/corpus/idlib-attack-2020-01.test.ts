import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, figure, reasonsBetween, type IdlibCorpus } from './idlib-fixture';

/** Event 1 (seed 003): the attack Russia reported and the opposition and SOHR denied. */

const id = 'disputed-attack-southeast-idlib-2020-01';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('event 1: the disputed January 2020 attack', () => {
  it("sets the Ministry's and state media's attack against three denials on one question", () => {
    const mod = corpus.claim(id, 'russian-mod-attack-up-to-40-soldiers-killed');
    expect(mod).toMatchObject({ saidBy: 'russian-mod', question: 'attack-on-thursday' });
    expect(figure(mod, 'government-soldiers-killed')).toMatchObject({
      value: 40,
      qualifier: 'up-to',
    });
    expect(corpus.claim(id, 'syrian-state-media-car-bomb-attack')).toMatchObject({
      saidBy: 'syrian-state-media',
      question: 'attack-on-thursday',
      stance: 'asserts',
      quote: 'لكنها قالت إن هجوما شمل سيارات ملغومة وإطلاقا كثيفا للنيران، في وقت مبكر الخميس',
    });
    const status = corpus.status(id, 'attack-on-thursday');
    expect(status.status).toBe('disputed');
    for (const [party, denial] of [
      ['naji-al-mustafa', 'nlf-no-such-attack-wednesday-or-thursday'],
      ['naji-al-mustafa', 'nlf-no-operations-past-24-hours'],
      ['sohr', 'sohr-no-attack-on-thursday'],
      ['unnamed-opposition-official', 'unnamed-opposition-official-denied-account'],
    ] as const) {
      expect(reasonsBetween(status, 'denial', ['russian-mod', party])).toContainEqual([
        'russian-mod-attack-up-to-40-soldiers-killed',
        denial,
      ]);
      expect(reasonsBetween(status, 'denial', ['syrian-state-media', party])).toContainEqual([
        'syrian-state-media-car-bomb-attack',
        denial,
      ]);
    }
  });

  it('gives the second, unnamed opposition official a denial of his own', () => {
    const denial = corpus.claim(id, 'unnamed-opposition-official-denied-account');
    expect(denial).toMatchObject({
      saidBy: 'unnamed-opposition-official',
      stance: 'denies',
      reportedBy: [],
    });
    expect(denial.quote).toContain('مسؤوليْن من المعارضة');
    expect(denial.note?.en).toMatch(/neither names nor quotes/);
  });

  it('puts state media\'s "redeployment" beside the positions the Ministry says were lost, not against them', () => {
    // Both say the same attack forced troops back («اضطرت للتخلي عن بعض مواقعها» / «أجبر بعض
    // القوات السورية على إعادة الانتشار»): one side's two voices agree, so "positions lost" is
    // one side's account, not a split between allies.
    const redeploy = corpus.claim(id, 'syrian-state-media-some-forces-forced-to-redeploy');
    expect(redeploy).toMatchObject({
      saidBy: 'syrian-state-media',
      question: 'positions-lost',
      stance: 'asserts',
      quote: 'أجبر بعض القوات السورية على إعادة الانتشار',
    });
    expect(redeploy.note?.en).toMatch(/'redeployment'/);
    expect(redeploy.note?.en).toMatch(/no areas seized/);
    const status = corpus.status(id, 'positions-lost');
    expect(status).toEqual({ status: 'one-side', reasons: [] });
    expect(
      corpus.claimsOn(id, 'positions-lost').map((claim) => [claim.saidBy, claim.stance]),
    ).toEqual([
      ['russian-mod', 'asserts'],
      ['russian-mod', 'asserts'],
      ['syrian-state-media', 'asserts'],
    ]);
  });

  it("dates the Ministry's announcement, not the attack, by the lead's closing «، الخميس»", () => {
    const mod = corpus.claim(id, 'russian-mod-attack-up-to-40-soldiers-killed');
    expect(mod.translation).toMatch(/^On Thursday, the Russian Ministry of Defence announced/);
    expect(mod.translation).not.toMatch(/Idlib on Thursday/);
    expect(mod.note?.en).toMatch(/began on Wednesday/);
  });

  it("keeps state media's silence on losses beside the Ministry's figure", () => {
    expect(corpus.claim(id, 'syrian-state-media-no-losses-mentioned')).toMatchObject({
      saidBy: 'syrian-state-media',
      question: 'government-soldiers-killed',
      stance: 'silent',
    });
    expect(corpus.claim(id, 'russian-mod-up-to-40-soldiers-killed').question).toBe(
      'government-soldiers-killed',
    );
    // Silence answers nothing, so the Ministry stands alone there.
    expect(corpus.status(id, 'government-soldiers-killed').status).toBe('single');
  });

  it("counts SOHR's about-400 air strikes and the Ministry's attackers in their own scopes", () => {
    const sohr = corpus.claim(id, 'sohr-about-400-air-strikes-since-wednesday');
    expect(figure(sohr, 'air-strikes')).toMatchObject({
      value: 400,
      qualifier: 'about',
      scope: 'sohr-air-strikes-from-wednesday',
    });
    const mod = corpus.claim(id, 'russian-mod-up-to-50-attackers-killed-90-wounded');
    expect(figure(mod, 'attackers-killed')).toMatchObject({ value: 50, qualifier: 'up-to' });
    expect(figure(mod, 'attackers-wounded')).toMatchObject({ value: 90, qualifier: 'up-to' });
  });

  it('dates the attacks from outside reporting, not from the denials', () => {
    const shard = corpus.event(id);
    const reported = shard.event.scopes.find((s) => s.id === 'russian-mod-reported-attacks');
    for (const from of [shard.event.date.from, reported?.period?.from]) {
      expect(from).toMatchObject({ value: '2020-01-22', precision: 'day', basis: 'external' });
      expect(from?.note).toMatch(/Reuters, 23 January 2020/);
    }
    expect(corpus.claim(id, 'russian-mod-attack-up-to-40-soldiers-killed').saidOn).toMatchObject({
      value: '2020-01-23',
      basis: 'external',
    });
  });

  it("gives the article's own narration to its unnamed publisher, not to a party", () => {
    for (const narrated of [
      'unnamed-outlet-many-fear-pretext-for-escalation',
      'unnamed-outlet-january-truce-held-days',
      'unnamed-outlet-hundreds-of-thousands-fled',
      'unnamed-outlet-tahrir-al-sham-formerly-nusra-al-qaeda',
    ]) {
      expect(corpus.claim(id, narrated)).toMatchObject({
        saidBy: 'unnamed-outlet-2020-01-idlib-report',
        reportedBy: [],
      });
    }
    const gloss = corpus.claim(id, 'unnamed-outlet-tahrir-al-sham-formerly-nusra-al-qaeda');
    expect(gloss.question).toBe('who-attacked');
    expect(gloss.note?.en).toMatch(/may be Moscow's wording/);
    expect(corpus.claim(id, 'eu-renewed-offensive-unacceptable').saidBy).toBe('european-union');
  });

  it('pins the state of every question', () => {
    // The unnamed publisher (alignment unknown) confirms no one: its gloss on HTS beside the
    // Ministry's account, and its narration beside the Observatory's strike count, leave each of
    // those questions with one known side.
    expect(corpus.states(id)).toEqual({
      'attack-on-thursday': 'disputed',
      'government-soldiers-killed': 'single',
      'positions-lost': 'one-side',
      'attackers-killed-and-wounded': 'single',
      'who-attacked': 'one-side',
      'opposition-attacks-earlier-that-week': 'single',
      'scale-of-escalation': 'one-side',
      'aim-of-russian-account': 'single',
      'january-truce-held': 'single',
      'russia-turkey-deal-on-idlib': 'single',
      'eu-position-on-offensive': 'single',
      'who-controls-idlib': 'single',
    });
  });
});

describe('event 1: each account of Thursday in one line, and how it reached us', () => {
  it('gives the question of the attack parallel gists, for and against', () => {
    const gists = Object.fromEntries(
      corpus.claimsOn(id, 'attack-on-thursday').map((claim) => [claim.id, claim.gist?.en]),
    );
    expect(gists).toEqual({
      'russian-mod-attack-up-to-40-soldiers-killed': 'large armed attack',
      'syrian-state-media-car-bomb-attack': 'car-bomb attack early Thursday',
      'nlf-no-such-attack-wednesday-or-thursday': 'no such attack',
      'nlf-no-operations-past-24-hours': 'no operations in 24 hours',
      'sohr-no-attack-on-thursday': 'no attack on Thursday',
      'unnamed-opposition-official-denied-account': 'account denied',
    });
  });

  it('tells reported statements from what the article only says happened', () => {
    expect(corpus.claim(id, 'russian-mod-up-to-40-soldiers-killed').wording).toBe(
      'reported-speech',
    );
    expect(corpus.claim(id, 'sohr-no-attack-on-thursday').wording).toBe('reported-speech');
    // State media's silence and the unnamed official's denial are the article's telling.
    expect(corpus.claim(id, 'syrian-state-media-no-losses-mentioned').wording).toBe(
      'outlet-account',
    );
    expect(corpus.claim(id, 'unnamed-opposition-official-denied-account').wording).toBe(
      'outlet-account',
    );
  });
});
