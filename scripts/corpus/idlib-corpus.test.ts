import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Figure } from '../../src/corpus/schema';
import type { CompiledClaim, CorpusIndex, EventShard } from '../../src/corpus/shards';
import { questionStatus } from '../../src/corpus/compiler/question-status';
import { compileCorpusDir } from './compile-corpus-dir';

/**
 * Pins the disagreements the bundled corpus exists to show, so that a later
 * edit of data/ cannot silently lose one. Asserts on ids and fields only.
 */

let index: CorpusIndex;
const events = new Map<string, EventShard>();

beforeAll(async () => {
  const result = await compileCorpusDir('data');
  if (!result.ok) {
    throw new Error(result.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n'));
  }
  index = result.index;
  for (const shard of result.eventShards) events.set(shard.data.event.id, shard.data);
});

function event(id: string): EventShard {
  const found = events.get(id);
  if (!found) throw new Error(`no event "${id}" in data/`);
  return found;
}

function claim(eventId: string, claimId: string): CompiledClaim {
  const found = event(eventId).claims.find((c) => c.id === claimId);
  if (!found) throw new Error(`no claim "${claimId}" in event "${eventId}"`);
  return found;
}

function actor(id: string): Actor {
  const found = index.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor "${id}"`);
  return found;
}

function status(eventId: string, questionId: string) {
  return questionStatus(event(eventId).claims.filter((c) => c.question === questionId));
}

function figure(c: CompiledClaim, metric: string): Figure {
  const found = c.figures.find((f) => f.metric === metric);
  if (!found) throw new Error(`claim "${c.id}" has no "${metric}" figure`);
  return found;
}

describe('the bundled Idlib corpus', () => {
  it('compiles with zero problems and holds the six events', () => {
    expect(index.corpus.id).toBe('idlib-2019-2020');
    expect([...events.keys()].sort()).toEqual([
      'astana-13-ceasefire-2019-08',
      'disputed-attack-southeast-idlib-2020-01',
      'idlib-campaign-2019-start-toll-and-course',
      'l39-landing-hama-airport-2019-06',
      'russian-announced-halt-idlib-2019-05',
      'tal-malah-and-al-jibeen-2019',
    ]);
    expect(index.sourceCount).toBe(5);
  });

  it('ties speakers to their bodies', () => {
    expect(actor('naji-al-mustafa').memberOf).toBe('national-liberation-front');
    expect(actor('hmeimim-base').memberOf).toBe('russian-armed-forces');
    expect(actor('mustafa-bakour').memberOf).toBe('jaish-al-izza');
    expect(actor('samer-al-saleh').memberOf).toBe('jaish-al-izza');
    expect(actor('suleiman-shaheen').memberOf).toBe('tiger-forces');
    expect(actor('hayat-tahrir-al-sham').aliases.ar).toEqual(
      expect.arrayContaining(['تحرير الشام', 'جبهة تحرير الشام']),
    );
    expect(actor('mustafa-bakour').aliases.ar).toEqual(expect.arrayContaining(['البكور', 'بكور']));
  });
});

describe('event 1: the disputed January 2020 attack', () => {
  const id = 'disputed-attack-southeast-idlib-2020-01';

  it("sets the Ministry's up-to-40 against the NLF's and SOHR's denials on one question", () => {
    const mod = claim(id, 'russian-mod-attack-up-to-40-soldiers-killed');
    expect(mod).toMatchObject({
      saidBy: 'russian-mod',
      question: 'attack-on-thursday',
      stance: 'asserts',
    });
    expect(figure(mod, 'government-soldiers-killed')).toMatchObject({
      value: 40,
      qualifier: 'up-to',
    });
    expect(claim(id, 'nlf-no-such-attack-wednesday-or-thursday')).toMatchObject({
      saidBy: 'naji-al-mustafa',
      question: 'attack-on-thursday',
      stance: 'denies',
    });
    expect(claim(id, 'sohr-no-attack-on-thursday')).toMatchObject({
      saidBy: 'sohr',
      question: 'attack-on-thursday',
      stance: 'denies',
    });
    expect(status(id, 'attack-on-thursday').status).toBe('disputed');
  });

  it("keeps state media's silence on losses beside the Ministry's figure", () => {
    expect(claim(id, 'syrian-state-media-no-losses-mentioned')).toMatchObject({
      saidBy: 'syrian-state-media',
      question: 'government-soldiers-killed',
      stance: 'silent',
    });
    expect(claim(id, 'russian-mod-up-to-40-soldiers-killed').question).toBe(
      'government-soldiers-killed',
    );
    expect(claim(id, 'syrian-state-media-car-bomb-attack').stance).toBe('asserts');
  });

  it("counts SOHR's about-400 air strikes in their own scope", () => {
    const sohr = claim(id, 'sohr-about-400-air-strikes-since-wednesday');
    expect(figure(sohr, 'air-strikes')).toMatchObject({
      value: 400,
      qualifier: 'about',
      scope: 'sohr-air-strikes-from-wednesday',
    });
    const mod = claim(id, 'russian-mod-up-to-50-attackers-killed-90-wounded');
    expect(figure(mod, 'attackers-killed')).toMatchObject({ value: 50, qualifier: 'up-to' });
    expect(figure(mod, 'attackers-wounded')).toMatchObject({ value: 90, qualifier: 'up-to' });
  });

  it('dates the statements from outside reporting and leaves the outlet unnamed', () => {
    expect(claim(id, 'russian-mod-attack-up-to-40-soldiers-killed').saidOn).toMatchObject({
      value: '2020-01-23',
      basis: 'external',
    });
    const source = [...events.values()]
      .flatMap((shard) => shard.sources)
      .find((s) => s.id === 'unnamed-2020-01-russian-mod-40-soldiers');
    expect(source?.outlet).toBeNull();
    expect(source?.outletNote?.en).toBeTruthy();
  });

  it("gives the article's own narration to its unnamed publisher, not to a party", () => {
    for (const narrated of [
      'unnamed-outlet-many-fear-pretext-for-escalation',
      'unnamed-outlet-january-truce-held-days',
      'unnamed-outlet-hundreds-of-thousands-fled',
    ]) {
      expect(claim(id, narrated).saidBy).toBe('unnamed-outlet-2020-01-idlib-report');
    }
    expect(claim(id, 'eu-renewed-offensive-unacceptable').saidBy).toBe('european-union');
  });
});

describe('event 2: the L-39 at Hama airport', () => {
  const id = 'l39-landing-hama-airport-2019-06';

  it("answers the opposition's 'hit' with Hmeimim's engine overheating, hours after", () => {
    expect(claim(id, 'local-media-l39-hit-over-southern-idlib')).toMatchObject({
      question: 'why-l39-landed',
      stance: 'asserts',
      reportedBy: ['mada-post'],
    });
    expect(claim(id, 'hmeimim-possible-fault-engine-overheating')).toMatchObject({
      saidBy: 'hmeimim-base',
      question: 'why-l39-landed',
      stance: 'alternative-explanation',
      saidAfter: 'opposition-factions-announced-l39-out-of-service',
      reportedBy: ['mada-post'],
    });
    expect(status(id, 'why-l39-landed').status).toBe('disputed');
  });

  it("keeps the article's own caveats as Mada Post's claims", () => {
    expect(claim(id, 'mada-post-third-aircraft-within-a-month').saidBy).toBe('mada-post');
    expect(claim(id, 'mada-post-nothing-confirms-turkey-supplied-anti-aircraft')).toMatchObject({
      saidBy: 'mada-post',
      stance: 'casts-doubt',
    });
  });
});

describe('event 3: Tal Malah and al-Jibeen', () => {
  const id = 'tal-malah-and-al-jibeen-2019';

  it("records Jaish al-Izza's figures and the headline's in different scopes", () => {
    const tweet = claim(id, 'samer-al-saleh-more-than-100-lost-200-wounded');
    expect(tweet).toMatchObject({ saidBy: 'samer-al-saleh', medium: 'tweet' });
    expect(figure(tweet, 'government-personnel-lost')).toMatchObject({
      value: 100,
      qualifier: 'more-than',
    });
    expect(figure(tweet, 'government-soldiers-wounded')).toMatchObject({
      value: 200,
      qualifier: 'more-than',
    });
    const headline = figure(
      claim(id, 'mada-post-100-lost-in-a-single-day'),
      'government-personnel-lost',
    );
    expect(headline.scope).not.toBe(figure(tweet, 'government-personnel-lost').scope);
  });

  it('keeps the fleeing soldiers vague and the capture after more than 50 attempts', () => {
    const video = figure(
      claim(id, 'jaish-al-izza-video-dozens-fled-tal-malah'),
      'government-soldiers-fleeing',
    );
    expect(video.value).toBeUndefined();
    expect(video.vague).toEqual({ word: 'عشرات', meaning: 'dozens' });
    const capture = claim(id, 'al-wasila-government-took-both-after-50-failed-attempts');
    expect(figure(capture, 'failed-assault-attempts')).toMatchObject({
      value: 50,
      qualifier: 'more-than',
    });
  });
});

describe('event 4: the May 2019 halt Russia announced', () => {
  const id = 'russian-announced-halt-idlib-2019-05';

  it("sets the Centre's 13 violations against the factions' refusal", () => {
    const violations = claim(id, 'reconciliation-centre-13-violations-since-18-may');
    expect(violations).toMatchObject({
      saidBy: 'russian-reconciliation-centre',
      reportedBy: ['russian-news-agencies', 'hadi-al-abdullah-blog'],
    });
    expect(figure(violations, 'ceasefire-violations')).toMatchObject({
      value: 13,
      qualifier: 'exact',
    });
    expect(claim(id, 'factions-declared-not-bound-by-truce').stance).toBe('denies');
    expect(claim(id, 'blog-one-sided-truce').saidBy).toBe('hadi-al-abdullah-blog');
    expect(claim(id, 'suleiman-shaheen-admitted-heavy-losses-quagmire').saidBy).toBe(
      'suleiman-shaheen',
    );
  });
});

describe('event 5: the 13th Astana round ceasefire', () => {
  const id = 'astana-13-ceasefire-2019-08';

  it("holds HTS's acceptance against Bakour's account of continued shelling", () => {
    expect(claim(id, 'ahmad-tohme-ceasefire-without-monitoring').saidBy).toBe('ahmad-tohme');
    expect(claim(id, 'hts-accepted-ceasefire')).toMatchObject({
      saidBy: 'hayat-tahrir-al-sham',
      reportedBy: ['al-wasila'],
    });
    const rockets = claim(id, 'mustafa-bakour-more-than-200-rockets-since-friday-morning');
    expect(rockets).toMatchObject({ saidBy: 'mustafa-bakour', stance: 'denies' });
    expect(figure(rockets, 'rockets-fired')).toMatchObject({ value: 200, qualifier: 'more-than' });
    expect(claim(id, 'lavrentiev-offered-help-fighting-tahrir-al-sham').reportedBy).toEqual([
      'rt',
      'al-wasila',
    ]);
    expect(claim(id, 'al-wasila-campaign-failed-thanks-to-opposition').saidBy).toBe('al-wasila');
  });
});

describe("event 6: the campaign's start, toll and course", () => {
  const id = 'idlib-campaign-2019-start-toll-and-course';

  it('puts the two start dates on one question, as a dispute', () => {
    const wasila = claim(id, 'al-wasila-campaign-began-26-april');
    const mada = claim(id, 'mada-post-campaign-began-24-april-2019');
    expect(wasila.question).toBe('campaign-start-date');
    expect(mada.question).toBe('campaign-start-date');
    expect(figure(wasila, 'campaign-start-day-april-2019').value).toBe(26);
    expect(figure(mada, 'campaign-start-day-april-2019').value).toBe(24);
    expect(status(id, 'campaign-start-date').status).toBe('disputed');
  });

  it("keeps SNHR's civilian toll with its 26 April to 21 June 2019 period", () => {
    const scope = event(id).event.scopes.find(
      (s) => s.id === 'snhr-idlib-zone-2019-04-26-to-06-21',
    );
    expect(scope?.period?.from.value).toBe('2019-04-26');
    expect(scope?.period?.to?.value).toBe('2019-06-21');
    const killed = claim(id, 'snhr-about-490-civilians-killed');
    expect(killed.saidBy).toBe('snhr');
    expect(figure(killed, 'civilians-killed')).toMatchObject({
      value: 490,
      qualifier: 'about',
      scope: scope?.id,
    });
    const detail = claim(id, 'snhr-118-children-92-women-1487-wounded');
    expect(figure(detail, 'children-killed')).toMatchObject({ value: 118, qualifier: 'exact' });
    expect(figure(detail, 'women-killed')).toMatchObject({ value: 92, qualifier: 'exact' });
    expect(figure(detail, 'civilians-wounded')).toMatchObject({ value: 1487, qualifier: 'about' });
  });

  it("keeps HTS's count of government losses and Bakour's chain of outlets", () => {
    const hts = claim(id, 'hts-commander-about-750-killed-2000-wounded');
    expect(hts.saidBy).toBe('unnamed-hts-commander');
    expect(figure(hts, 'government-soldiers-killed')).toMatchObject({
      value: 750,
      qualifier: 'about',
    });
    expect(figure(hts, 'government-soldiers-wounded')).toMatchObject({
      value: 2000,
      qualifier: 'more-than',
    });
    expect(
      claim(id, 'mustafa-bakour-truce-request-means-russians-cannot-continue').reportedBy,
    ).toEqual(['al-araby-al-jadeed', 'al-wasila']);
  });
});
