import { beforeAll, describe, expect, it } from 'vitest';
import { compileIdlibCorpus, figure, type IdlibCorpus } from './idlib-fixture';

/** Event 3 (seeds 004 and 002): the fighting for Tal Malah and al-Jibeen. */

const id = 'tal-malah-and-al-jibeen-2019';
let corpus: IdlibCorpus;
beforeAll(async () => {
  corpus = await compileIdlibCorpus();
});

describe('event 3: Tal Malah and al-Jibeen', () => {
  it("records Jaish al-Izza's figures and the headline's in different scopes", () => {
    const tweet = corpus.claim(id, 'samer-al-saleh-more-than-100-lost-200-wounded');
    expect(tweet).toMatchObject({
      saidBy: 'samer-al-saleh',
      medium: 'tweet',
      question: 'government-losses-tal-malah-al-jibeen',
      reportedBy: ['mada-post'],
    });
    const lost = figure(tweet, 'government-personnel-lost');
    expect(lost).toMatchObject({ value: 100, qualifier: 'more-than' });
    expect(figure(tweet, 'government-soldiers-wounded')).toMatchObject({
      value: 200,
      qualifier: 'more-than',
    });
    const headline = figure(
      corpus.claim(id, 'mada-post-100-lost-in-a-single-day'),
      'government-personnel-lost',
    );
    expect(headline).toMatchObject({ value: 100, qualifier: 'exact' });
    expect(headline.scope).not.toBe(lost.scope);
    // Different scopes, so "more than 100" and "100" do not conflict.
    expect(corpus.status(id, 'government-losses-tal-malah-al-jibeen').status).toBe('one-side');
  });

  it('keeps the fleeing soldiers vague, with the headline beside the video', () => {
    const video = figure(
      corpus.claim(id, 'jaish-al-izza-video-dozens-fled-tal-malah'),
      'government-soldiers-fleeing',
    );
    expect(video.value).toBeUndefined();
    expect(video.vague).toEqual({ word: 'عشرات', meaning: 'dozens' });
    expect(corpus.claim(id, 'mada-post-assads-men-flee-hama-countryside')).toMatchObject({
      saidBy: 'mada-post',
      reportedBy: [],
      question: 'soldiers-fled-tal-malah-front',
      stance: 'asserts',
      quote: '“رجال الأسد” يفرّون من ريف حماة',
    });
  });

  it("sets Mada Post's gloss on Russian support beside al-Saleh's tweet", () => {
    const question = 'russian-support-for-advance';
    expect(corpus.claim(id, 'samer-al-saleh-russia-gave-everything-but-nuclear')).toMatchObject({
      saidBy: 'samer-al-saleh',
      question,
    });
    expect(corpus.claim(id, 'mada-post-great-russian-support-all-weapons')).toMatchObject({
      saidBy: 'mada-post',
      question,
      stance: 'asserts',
    });
  });

  it("gives the capture to al-Wasila's narration, after more than 50 attempts", () => {
    const capture = corpus.claim(id, 'al-wasila-government-took-both-after-50-failed-attempts');
    expect(capture).toMatchObject({
      saidBy: 'al-wasila',
      reportedBy: [],
      question: 'government-took-tal-malah-and-al-jibeen',
      source: 'al-wasila-2019-08-03-russia-offer',
    });
    expect(figure(capture, 'failed-assault-attempts')).toMatchObject({
      value: 50,
      qualifier: 'more-than',
    });
  });

  it("dates the fighting by month, since 20 June is only the tweet's date", () => {
    expect(corpus.event(id).event.date.from).toMatchObject({
      value: '2019-06',
      precision: 'month',
      basis: 'inferred',
    });
    expect(corpus.claim(id, 'samer-al-saleh-creed-and-faith-triumph').saidOn).toMatchObject({
      value: '2019-06',
      precision: 'month',
      basis: 'inferred',
    });
    expect(corpus.claim(id, 'samer-al-saleh-more-than-100-lost-200-wounded').saidOn).toMatchObject({
      value: '2019-06-20',
      basis: 'stated',
    });
  });

  it('pins the state of every question', () => {
    // Every account of the battle is the opposition's (Jaish al-Izza, its commander, two aligned
    // outlets): however many of them, no question has a second side.
    expect(corpus.states(id)).toEqual({
      'june-2019-advance-repelled': 'one-side',
      'government-losses-tal-malah-al-jibeen': 'one-side',
      // Mada Post alone: its headline and its two descriptions of the video.
      'soldiers-fled-tal-malah-front': 'single',
      'russian-support-for-advance': 'one-side',
      'government-took-tal-malah-and-al-jibeen': 'single',
    });
  });
});

describe('event 3: how the words about Tal Malah reached us', () => {
  it("gives Mada Post's description of Jaish al-Izza's video to Mada Post, naming who published it", () => {
    // «وأوضح الفيديو الذي اطلع عليه موقع “مدى بوست”… عشرات الجنود… بشكلٍ جماعي», «ويبدو بالفيديو…»:
    // the count and what "appears" are Mada Post's reading of the video, so the claim is its own.
    for (const claimId of [
      'jaish-al-izza-video-dozens-fled-tal-malah',
      'jaish-al-izza-video-heavy-weapons-on-checkpoint',
    ]) {
      const claim = corpus.claim(id, claimId);
      expect(claim, claimId).toMatchObject({
        saidBy: 'mada-post',
        reportedBy: [],
        wording: 'own-words',
        question: 'soldiers-fled-tal-malah-front',
      });
      expect(claim.note?.en, claimId).toMatch(/Jaish al-Izza (had )?published/);
      expect(claim.note?.en, claimId).toMatch(/social media accounts/);
    }
    expect(corpus.claimsOn(id, 'soldiers-fled-tal-malah-front').map((c) => c.saidBy)).not.toContain(
      'jaish-al-izza',
    );
  });

  it("answers 'was the advance repelled' with Mada Post's lead, its losses kept on the losses question", () => {
    expect(corpus.claim(id, 'mada-post-opposition-repelled-advance')).toMatchObject({
      saidBy: 'mada-post',
      question: 'june-2019-advance-repelled',
      stance: 'asserts',
      wording: 'own-words',
      quote: 'تمكنت قوات المعارضة السورية، ممثلة بفصيل جيش العزة من صد محاولة تقدم للنظام السوري',
    });
    const losses = corpus.claim(id, 'mada-post-advance-repelled-losses-over-100');
    expect(losses).toMatchObject({
      question: 'government-losses-tal-malah-al-jibeen',
      quote: 'ملحقةً به خسائر تجاوزت الـ 100 عنصر.',
    });
    expect(figure(losses, 'government-personnel-lost')).toMatchObject({
      value: 100,
      qualifier: 'more-than',
    });
  });

  it("tells Samer al-Saleh's quoted words from the article's report of his tweet", () => {
    expect(corpus.claim(id, 'samer-al-saleh-creed-and-faith-triumph').wording).toBe('own-words');
    expect(corpus.claim(id, 'samer-al-saleh-more-than-100-lost-200-wounded')).toMatchObject({
      wording: 'reported-speech',
      // "Lost", as he wrote it, not "killed".
      gist: { en: 'over 100 lost, over 200 wounded', ar: 'خسارة أكثر من 100 وجرح أكثر من 200' },
    });
  });
});
