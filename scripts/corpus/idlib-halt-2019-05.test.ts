import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, figure, reasonsBetween, type IdlibCorpus } from './idlib-fixture';

/** Event 4 (seed 001): the halt Russia announced in May 2019, as Hadi al-Abdullah's blog tells it. */

const id = 'russian-announced-halt-idlib-2019-05';
const breach = 'factions-attacks-breach-binding-truce';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('event 4: the May 2019 halt Russia announced', () => {
  it("sets the Centre's violations against the factions' word that the truce does not bind them", () => {
    const status = corpus.status(id, breach);
    expect(status.status).toBe('disputed');
    expect(status.reasons.length).toBeGreaterThan(0);
    for (const reason of status.reasons) {
      expect(reason).toMatchObject({
        kind: 'denial',
        parties: ['russian-reconciliation-centre', 'syrian-opposition-factions'],
      });
    }
    expect(
      reasonsBetween(status, 'denial', [
        'russian-reconciliation-centre',
        'syrian-opposition-factions',
      ]),
    ).toEqual([
      [
        'reconciliation-centre-attacks-continue-hama-latakia-aleppo',
        'factions-declared-not-bound-by-truce',
      ],
      ['reconciliation-centre-13-violations-since-18-may', 'factions-declared-not-bound-by-truce'],
      ['reconciliation-centre-shelling-caused-casualties', 'factions-declared-not-bound-by-truce'],
    ]);
    const violations = corpus.claim(id, 'reconciliation-centre-13-violations-since-18-may');
    expect(figure(violations, 'ceasefire-violations')).toMatchObject({
      value: 13,
      qualifier: 'exact',
    });
  });

  it('ends the chain with the blog, the only outlet the text names', () => {
    for (const claimId of [
      'reconciliation-centre-13-violations-since-18-may',
      'reconciliation-centre-attacks-continue-hama-latakia-aleppo',
      'reconciliation-centre-shelling-caused-casualties',
    ]) {
      const claim = corpus.claim(id, claimId);
      expect(claim).toMatchObject({
        saidBy: 'russian-reconciliation-centre',
        reportedBy: ['hadi-al-abdullah-blog'],
      });
      expect(claim.note?.en).toMatch(/unnamed Russian news agencies/);
    }
  });

  it('does not set the blog against the factions it agrees with', () => {
    const status = corpus.status(id, 'factions-accept-truce');
    // Both are the opposition's: an echo of one side, not agreement.
    expect(status.status).toBe('one-side');
    expect(corpus.claim(id, 'blog-one-sided-truce')).toMatchObject({
      saidBy: 'hadi-al-abdullah-blog',
      reportedBy: [],
      stance: 'denies',
    });
    for (const claimId of [
      'factions-rejected-truce-from-outset',
      'factions-rejected-russian-comprehensive-ceasefire-offer',
      'factions-condition-withdrawal-from-northern-hama-villages',
    ]) {
      expect(corpus.claim(id, claimId)).toMatchObject({
        saidBy: 'syrian-opposition-factions',
        question: 'factions-accept-truce',
        stance: 'denies',
      });
    }
  });

  it("files the Centre's injuries with its violations, not with the campaign's toll", () => {
    // «أوقع إصابات» is injuries from the factions' shelling since 18 May: it backs the Centre's
    // claim of violations, so it is not set beside the blog's hundreds dead and Shaheen's losses.
    const injuries = corpus.claim(id, 'reconciliation-centre-shelling-caused-casualties');
    expect(injuries).toMatchObject({
      question: breach,
      stance: 'asserts',
      quote: 'موضحاً أن القصف أوقع إصابات في صفوف ميليشيات الأسد',
      gist: { en: 'injuries from shelling', ar: 'إصابات جراء القصف' },
    });
    expect(injuries.translation).toContain('caused injuries');
    expect(injuries.translation).not.toMatch(/casualt/i);
    expect(
      corpus.claim(id, 'reconciliation-centre-13-violations-since-18-may').quote,
    ).not.toContain('إصابات');
    expect(corpus.claimsOn(id, 'government-side-losses-may-2019').map((claim) => claim.id)).toEqual(
      ['blog-hundreds-killed-hama-latakia', 'suleiman-shaheen-admitted-heavy-losses-quagmire'],
    );
    expect(corpus.claim(id, 'suleiman-shaheen-admitted-heavy-losses-quagmire')).toMatchObject({
      saidBy: 'suleiman-shaheen',
      reportedBy: ['hadi-al-abdullah-blog'],
    });
  });

  it("sets Mada Post's progress in the first two weeks against the blog's 'no real progress'", () => {
    const question = 'real-progress-on-the-ground';
    const label = corpus.event(id).event.questions.find((q) => q.id === question)?.label;
    // The label is ours and neutral: "real" (فعلي) is the blog's own qualifier.
    expect(label?.en).not.toMatch(/real/i);
    expect(label?.ar).not.toContain('فعلي');
    const progress = corpus.claim(id, 'mada-post-government-advanced-first-two-weeks-of-campaign');
    expect(progress).toMatchObject({
      saidBy: 'mada-post',
      source: 'mada-post-2019-06-20-tal-malah-l39',
      stance: 'asserts',
      quote:
        'وتمكنت قوات الأسد في أول أسبوعين من إحراز تقدم وسيطرت على عدة بلدات أبرزها كفرنبودة وقلعة المضيق',
    });
    const status = corpus.status(id, question);
    // Two outlets of one side disagreeing is still a disagreement.
    expect(status.status).toBe('disputed');
    expect(reasonsBetween(status, 'denial', ['mada-post', 'hadi-al-abdullah-blog'])).toContainEqual(
      [
        'mada-post-government-advanced-first-two-weeks-of-campaign',
        'blog-no-real-progress-despite-bombing',
      ],
    );
  });

  it("reads «تكبدتها» as the militias' losses, not Russia's", () => {
    expect(corpus.claim(id, 'blog-halt-after-heavy-losses').translation).toContain(
      'they [the militias] suffered',
    );
  });

  it('translates the text faithfully', () => {
    expect(corpus.claim(id, 'blog-recent-gains-exposed-to-fire').translation).toContain(
      'the city of “Qalaat al-Madiq”',
    );
  });

  it('pins the state of every question', () => {
    // Russia and its Reconciliation Centre saying the same is one side's echo; the factions and
    // the opposition blog likewise. Losses: the blog, and Shaheen's admission as the blog tells
    // it (an outlet's account confirms no other side); the Centre's injuries no longer stand
    // there as a government-side toll. Progress: Mada Post against the blog.
    expect(corpus.states(id)).toEqual({
      'did-government-side-stop-firing': 'one-side',
      'factions-attacks-breach-binding-truce': 'disputed',
      'factions-accept-truce': 'one-side',
      'why-halt-announced': 'single',
      'government-side-losses-may-2019': 'one-side',
      'real-progress-on-the-ground': 'disputed',
    });
  });
});

describe("event 4: how the parties' words reached the blog", () => {
  it("gives Suleiman Shaheen's admission as the blog's account of it, not his words", () => {
    expect(corpus.claim(id, 'suleiman-shaheen-admitted-heavy-losses-quagmire')).toMatchObject({
      saidBy: 'suleiman-shaheen',
      reportedBy: ['hadi-al-abdullah-blog'],
      wording: 'outlet-account',
      gist: { en: 'heavy losses, attrition', ar: 'خسائر كبيرة واستنزاف' },
    });
  });

  it("tells the factions' refusals, never quoted, as accounts; the Centre's statements as reported", () => {
    for (const claimId of [
      'factions-declared-not-bound-by-truce',
      'factions-rejected-truce-from-outset',
      'factions-rejected-russian-comprehensive-ceasefire-offer',
    ]) {
      expect(corpus.claim(id, claimId).wording, claimId).toBe('outlet-account');
    }
    for (const claimId of [
      'reconciliation-centre-militias-stopped-operations',
      'reconciliation-centre-13-violations-since-18-may',
    ]) {
      expect(corpus.claim(id, claimId).wording, claimId).toBe('reported-speech');
    }
  });

  it("gives the blog's own narration as its own words", () => {
    const narration = corpus.event(id).claims.filter((c) => c.saidBy === 'hadi-al-abdullah-blog');
    for (const claim of narration) expect(claim.wording, claim.id).toBe('own-words');
  });
});
