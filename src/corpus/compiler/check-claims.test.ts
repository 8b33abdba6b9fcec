import { describe, expect, it } from 'vitest';
import { compileErrors, minimalCorpus } from './corpus-fixture';

const EVENT = 'data/events/tal-milh-attack.json';

function withFirstClaim(change: (claim: ReturnType<typeof firstClaim>) => void) {
  const fixture = minimalCorpus();
  change(firstClaim(fixture));
  return compileErrors(fixture);
}

function firstClaim(fixture: ReturnType<typeof minimalCorpus>) {
  const claim = fixture.events[0]?.claims[0];
  if (!claim) throw new Error('fixture claim missing');
  return claim;
}

describe('checkClaims: references', () => {
  it('reports an unknown speaker', () => {
    expect(withFirstClaim((claim) => (claim.saidBy = 'nobody'))).toEqual([
      { file: EVENT, path: '$.claims[0].saidBy', message: 'unknown actor "nobody"' },
    ]);
  });

  it('reports an unknown question, source, earlier claim, metric and scope', () => {
    const errors = withFirstClaim((claim) => {
      claim.question = 'weather';
      claim.saidAfter = 'nothing-before';
      claim.figures = [
        { metric: 'rainfall', scope: 'everywhere', value: 100, qualifier: 'more-than' },
      ];
    });
    expect(errors).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].question',
        message: 'unknown question "weather" in this event',
      },
      { file: EVENT, path: '$.claims[0].saidAfter', message: 'unknown claim "nothing-before"' },
      { file: EVENT, path: '$.claims[0].figures[0].metric', message: 'unknown metric "rainfall"' },
      {
        file: EVENT,
        path: '$.claims[0].figures[0].scope',
        message: 'unknown scope "everywhere" in this event',
      },
    ]);
    expect(withFirstClaim((claim) => (claim.source = 'lost-article'))).toEqual([
      { file: EVENT, path: '$.claims[0].source', message: 'unknown source "lost-article"' },
    ]);
  });

  it('accepts saidAfter naming a claim of another event, and rejects a claim following itself', () => {
    expect(withFirstClaim((claim) => (claim.saidAfter = 'army-denies'))).toEqual([]);
    expect(withFirstClaim((claim) => (claim.saidAfter = 'izza-killed'))).toEqual([
      { file: EVENT, path: '$.claims[0].saidAfter', message: 'a claim cannot follow itself' },
    ]);
  });
});

describe('checkClaims: reportedBy', () => {
  it("must end with the source's outlet", () => {
    expect(withFirstClaim((claim) => (claim.reportedBy = []))).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].reportedBy',
        message: 'reportedBy must end with the source\'s outlet "mada-post"',
      },
    ]);
    expect(withFirstClaim((claim) => (claim.reportedBy = ['mada-post', 'syrian-army']))).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].reportedBy',
        message: 'reportedBy must end with the source\'s outlet "mada-post"',
      },
    ]);
  });

  it('needs no carrier when the outlet speaks for itself', () => {
    expect(
      withFirstClaim((claim) => {
        claim.saidBy = 'mada-post';
        claim.reportedBy = [];
      }),
    ).toEqual([]);
  });

  it('must not list the speaker, an unknown actor or the same actor twice', () => {
    expect(
      withFirstClaim(
        (claim) =>
          (claim.reportedBy = [
            'jaish-al-izza',
            'ghost',
            'syrian-army',
            'syrian-army',
            'mada-post',
          ]),
      ),
    ).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].reportedBy[0]',
        message: 'reportedBy must not contain the speaker "jaish-al-izza" (saidBy)',
      },
      { file: EVENT, path: '$.claims[0].reportedBy[1]', message: 'unknown actor "ghost"' },
      {
        file: EVENT,
        path: '$.claims[0].reportedBy[3]',
        message: 'reportedBy lists "syrian-army" more than once',
      },
    ]);
  });
});

describe('checkClaims: explanations', () => {
  it('names an explanation only on an alternative-explanation claim', () => {
    const stance = (s: ReturnType<typeof firstClaim>['stance']) =>
      withFirstClaim((claim) => {
        claim.stance = s;
        claim.explanation = 'engine-fault';
      });
    expect(stance('asserts')).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].explanation',
        message: 'only an alternative-explanation claim names an explanation',
      },
    ]);
    expect(stance('alternative-explanation')).toEqual([]);
  });
});

describe('checkClaims: translations', () => {
  it('needs an English translation of a non-English quote', () => {
    expect(withFirstClaim((claim) => (claim.translation = undefined))).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].translation',
        message: 'missing English translation of the quote',
      },
    ]);
  });

  it("needs none when the quote is English, by the claim's language or its source's", () => {
    const fixture = minimalCorpus();
    const [source] = fixture.sources;
    if (!source) throw new Error('fixture source missing');
    source.text += '\nThe army said: "We lost nobody."';
    source.json.language = 'en-GB';
    for (const claim of fixture.events[0]?.claims ?? []) claim.language = 'ar';
    fixture.events[0]?.claims.push({
      ...firstClaim(fixture),
      id: 'army-english',
      saidBy: 'syrian-army',
      quote: 'We lost nobody.',
      language: undefined,
      translation: undefined,
      figures: [],
    });
    expect(compileErrors(fixture)).toEqual([]);
  });
});

describe('checkClaims: wording', () => {
  it("refuses an outlet's account given to the outlet itself", () => {
    expect(
      withFirstClaim((claim) => {
        claim.saidBy = 'mada-post';
        claim.reportedBy = [];
        claim.wording = 'outlet-account';
      }),
    ).toEqual([
      {
        file: EVENT,
        path: '$.claims[0].wording',
        message:
          "an outlet-account claim is the outlet's account of someone else's words, but \"mada-post\" is both the speaker and the source's outlet: its own narration is own-words",
      },
    ]);
  });

  it("accepts the outlet's own narration as own words, and its account of a party's words", () => {
    expect(
      withFirstClaim((claim) => {
        claim.saidBy = 'mada-post';
        claim.reportedBy = [];
        claim.wording = 'own-words';
      }),
    ).toEqual([]);
    expect(withFirstClaim((claim) => (claim.wording = 'outlet-account'))).toEqual([]);
  });

  it('accepts an account by a publisher left unnamed', () => {
    const fixture = minimalCorpus();
    const [source] = fixture.sources;
    if (!source) throw new Error('fixture source missing');
    source.json.outlet = null;
    source.json.outletNote = { en: 'No outlet named', ar: 'لم تُسمَّ وسيلة الإعلام' };
    for (const claim of fixture.events[0]?.claims ?? []) claim.reportedBy = [];
    firstClaim(fixture).wording = 'outlet-account';
    expect(compileErrors(fixture)).toEqual([]);
  });
});
