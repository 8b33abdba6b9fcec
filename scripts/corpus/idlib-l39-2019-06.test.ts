import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, reasonsBetween, type IdlibCorpus } from './idlib-fixture';

/** Event 2 (seed 004): why the L-39 landed at Hama military airport. */

const id = 'l39-landing-hama-airport-2019-06';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('event 2: the L-39 at Hama airport', () => {
  it("answers the opposition's 'hit' with Hmeimim's engine overheating, hours after", () => {
    expect(corpus.claim(id, 'local-media-l39-hit-over-southern-idlib')).toMatchObject({
      saidBy: 'unnamed-local-media',
      question: 'why-l39-landed',
      stance: 'asserts',
      reportedBy: ['mada-post'],
    });
    expect(corpus.claim(id, 'hmeimim-possible-fault-engine-overheating')).toMatchObject({
      saidBy: 'hmeimim-base',
      question: 'why-l39-landed',
      stance: 'alternative-explanation',
      saidAfter: 'opposition-factions-announced-l39-out-of-service',
      reportedBy: ['mada-post'],
    });
    const status = corpus.status(id, 'why-l39-landed');
    expect(status.status).toBe('disputed');
    expect(
      reasonsBetween(status, 'alternative-explanation', ['unnamed-local-media', 'hmeimim-base']),
    ).toEqual([
      ['local-media-l39-hit-over-southern-idlib', 'hmeimim-possible-fault-engine-overheating'],
    ]);
    expect(
      reasonsBetween(status, 'alternative-explanation', [
        'syrian-opposition-factions',
        'hmeimim-base',
      ]),
    ).toHaveLength(1);
  });

  it("does not count Mada Post's doubt of Hmeimim as a doubt of the opposition", () => {
    const status = corpus.status(id, 'why-l39-landed');
    expect(status.reasons.filter((r) => r.kind === 'doubt')).toEqual([]);
    // Every reason on this question sets someone's account against Hmeimim's.
    expect(status.reasons.every((r) => r.parties[1] === 'hmeimim-base')).toBe(true);
    expect(corpus.claim(id, 'mada-post-russians-offered-new-narrative')).toMatchObject({
      saidBy: 'mada-post',
      question: 'why-russian-side-commented',
      stance: 'asserts',
    });
  });

  it("hedges the count of downed aircraft, and says what is known of Hmeimim's Facebook page", () => {
    const label = corpus
      .event(id)
      .event.questions.find((q) => q.id === 'aircraft-downed-recently')?.label;
    // Hmeimim disputes that the L-39 was downed: our question must not take it as given.
    expect(label).toEqual({
      ar: 'كم طائرة يُقال إن المعارضة أسقطتها مؤخراً؟',
      en: 'How many aircraft is the opposition said to have brought down recently?',
    });
    const note = corpus.claim(id, 'hmeimim-possible-fault-engine-overheating').note;
    expect(note?.en).toMatch(/27 June 2018/);
    expect(note?.en).toMatch(/still its status today/);
    expect(note?.ar).toContain('27 حزيران 2018');
    expect(corpus.actor('hmeimim-base')?.description?.en).toMatch(/27 June 2018/);
  });

  it('dates the local media report honestly, by its own note', () => {
    const saidOn = corpus.claim(id, 'local-media-l39-hit-over-southern-idlib').saidOn;
    expect(saidOn).toMatchObject({ value: '2019-06', precision: 'month', basis: 'inferred' });
    expect(saidOn.note).toMatch(/local media/);
    expect(saidOn.note).not.toMatch(/factions' announcement/);
  });

  it("keeps the article's own caveats as Mada Post's claims", () => {
    expect(corpus.claim(id, 'mada-post-third-aircraft-within-a-month').saidBy).toBe('mada-post');
    expect(
      corpus.claim(id, 'mada-post-nothing-confirms-turkey-supplied-anti-aircraft'),
    ).toMatchObject({ saidBy: 'mada-post', stance: 'casts-doubt' });
  });

  it('pins the state of every question', () => {
    // Only why-l39-landed has more than one party answering; every other question rests on one.
    expect(corpus.states(id)).toEqual({
      'why-l39-landed': 'disputed',
      'why-russian-side-commented': 'single',
      'aircraft-downed-recently': 'single',
      'turkey-supplied-anti-aircraft-weapons': 'single',
    });
  });
});

describe('event 2: each account of the landing in one line, and how it reached us', () => {
  it('gives every answer to "why did the L-39 land?" a parallel neutral gist', () => {
    const gists = Object.fromEntries(
      corpus.claimsOn(id, 'why-l39-landed').map((claim) => [claim.id, claim.gist]),
    );
    expect(gists).toEqual({
      'opposition-factions-announced-l39-out-of-service': {
        en: 'put out of service by factions',
        ar: 'أخرجتها الفصائل عن الخدمة',
      },
      'local-media-l39-hit-over-southern-idlib': {
        en: 'hit by opposition fire',
        ar: 'أصابتها نيران المعارضة',
      },
      'mada-post-opposition-forced-l39-to-land': {
        en: 'forced down by the opposition',
        ar: 'أجبرتها المعارضة على الهبوط',
      },
      // Hmeimim spoke of a possible fault: the gist keeps the hedge.
      'hmeimim-possible-fault-engine-overheating': {
        en: 'possible engine overheating',
        ar: 'احتمال ارتفاع حرارة المحرك',
      },
    });
  });

  it("never gives the factions' announcement, known only from the article, as their words", () => {
    const wordings = Object.fromEntries(
      corpus.claimsOn(id, 'why-l39-landed').map((claim) => [claim.id, claim.wording]),
    );
    expect(wordings).toEqual({
      'opposition-factions-announced-l39-out-of-service': 'outlet-account',
      'local-media-l39-hit-over-southern-idlib': 'reported-speech',
      'mada-post-opposition-forced-l39-to-land': 'own-words',
      // "وقالت القاعدة في بيان لها أن": the quotation marks wrap the article's paraphrase too.
      'hmeimim-possible-fault-engine-overheating': 'reported-speech',
    });
  });
});
