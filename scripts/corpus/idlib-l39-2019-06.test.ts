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
});
