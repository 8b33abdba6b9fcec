import { describe, expect, it } from 'vitest';
import type { Figure, Stance } from '../schema';
import {
  disputeReasons,
  eventDisputedQuestionCount,
  partiesOf,
  questionStatus,
  voiceOf,
  type StatusClaim,
} from './question-status';

let nextId = 0;
function claim(saidBy: string, stance: Stance, figures: StatusClaim['figures'] = []): StatusClaim {
  nextId += 1;
  return { id: `c${nextId}`, saidBy, stance, figures };
}

function killed(
  value: number,
  qualifier: Figure['qualifier'],
  scope = 'village',
): StatusClaim['figures'][number] {
  return { metric: 'killed', scope, value, qualifier };
}

/** Parties a, b, c… without a known side: each counts as a side of its own. */
// Each party a side of its own, so accounts that fit together come from several sides.
const ownSides = (party: string) => party;
const status = (...claims: StatusClaim[]) => questionStatus(claims, ownSides).status;

describe('questionStatus', () => {
  it('is unanswered with no claims, or only silent ones', () => {
    expect(questionStatus([], ownSides)).toEqual({ status: 'unanswered', reasons: [] });
    expect(status(claim('a', 'silent'), claim('b', 'silent'))).toBe('unanswered');
  });

  it('is single when only one party answers, however many claims it makes', () => {
    expect(status(claim('a', 'asserts'))).toBe('single');
    expect(status(claim('a', 'asserts'), claim('a', 'denies'))).toBe('single');
    expect(status(claim('a', 'asserts'), claim('b', 'silent'))).toBe('single');
  });

  it('is disputed when one party asserts and another denies, in either order', () => {
    const assertion = claim('a', 'asserts');
    const denial = claim('b', 'denies');
    expect(questionStatus([denial, assertion], ownSides)).toEqual({
      status: 'disputed',
      reasons: [{ kind: 'denial', claims: [assertion.id, denial.id], parties: ['a', 'b'] }],
    });
  });

  it.each([
    ['alternative-explanation', 'alternative-explanation'],
    ['casts-doubt', 'doubt'],
  ] as const)('is disputed when %s meets an assertion', (stance, kind) => {
    expect(
      questionStatus([claim('a', 'asserts'), claim('b', stance)], ownSides).reasons.map(
        (r) => r.kind,
      ),
    ).toEqual([kind]);
  });

  it('is cross-side when parties of two sides assert, or deny, the same', () => {
    expect(status(claim('a', 'asserts'), claim('b', 'asserts'))).toBe('cross-side');
    expect(status(claim('a', 'denies'), claim('b', 'denies'))).toBe('cross-side');
    expect(status(claim('a', 'denies'), claim('b', 'casts-doubt'))).toBe('cross-side');
  });

  it("sets two parties' alternative explanations against each other unless named as one", () => {
    const fault = { ...claim('a', 'alternative-explanation'), explanation: 'engine-fault' };
    const alsoFault = { ...claim('b', 'alternative-explanation'), explanation: 'engine-fault' };
    const weather = { ...claim('b', 'alternative-explanation'), explanation: 'weather' };
    const unnamed = claim('b', 'alternative-explanation');
    expect(status(fault, alsoFault)).toBe('cross-side');
    expect(questionStatus([fault, weather], ownSides).reasons).toEqual([
      { kind: 'rival-explanations', claims: [fault.id, weather.id], parties: ['a', 'b'] },
    ]);
    // Unnamed, they cannot be shown to be the same: rival, never a silent "cross-side".
    expect(status(fault, unnamed)).toBe('disputed');
    expect(status(claim('a', 'alternative-explanation'), unnamed)).toBe('disputed');
    // One party's two explanations are not a dispute.
    expect(
      status(fault, { ...claim('a', 'alternative-explanation'), explanation: 'weather' }),
    ).toBe('single');
  });

  it('never lets silence dispute', () => {
    expect(status(claim('a', 'asserts'), claim('b', 'asserts'), claim('c', 'silent'))).toBe(
      'cross-side',
    );
  });

  it('is disputed when figures of the same metric and scope cannot both be true', () => {
    const a = claim('a', 'asserts', [killed(12, 'exact')]);
    const b = claim('b', 'asserts', [killed(3, 'exact')]);
    expect(questionStatus([a, b], ownSides).reasons).toEqual([
      {
        kind: 'conflicting-figures',
        claims: [a.id, b.id],
        parties: ['a', 'b'],
        metric: 'killed',
        scope: 'village',
      },
    ]);
  });

  it.each([
    [killed(50, 'about'), killed(75, 'about'), 'cross-side'], // 40-60 and 60-90 meet at 60
    [killed(50, 'about'), killed(76, 'about'), 'disputed'],
    [killed(10, 'up-to'), killed(10, 'exact'), 'cross-side'],
    [killed(10, 'up-to'), killed(11, 'exact'), 'disputed'],
    [killed(10, 'at-least'), killed(10, 'exact'), 'cross-side'],
    [killed(10, 'more-than'), killed(10, 'exact'), 'disputed'],
    [killed(10, 'more-than'), killed(10, 'up-to'), 'disputed'],
    [killed(10, 'fewer-than'), killed(10, 'exact'), 'disputed'],
    [killed(10, 'fewer-than'), killed(9, 'exact'), 'cross-side'],
    [killed(10, 'at-least'), killed(10, 'fewer-than'), 'disputed'],
    [killed(100, 'more-than'), killed(1000, 'at-least'), 'cross-side'],
  ])('treats qualifiers as ranges: %j vs %j is %s', (fa, fb, expected) => {
    expect(status(claim('a', 'asserts', [fa]), claim('b', 'asserts', [fb]))).toBe(expected);
  });

  it('compares figures only within one metric and one scope', () => {
    expect(
      status(
        claim('a', 'asserts', [killed(12, 'exact', 'village')]),
        claim('b', 'asserts', [killed(3, 'exact', 'town')]),
      ),
    ).toBe('cross-side');
    const wounded = { metric: 'wounded', scope: 'village', value: 3, qualifier: 'exact' } as const;
    expect(
      status(claim('a', 'asserts', [killed(12, 'exact')]), claim('b', 'asserts', [wounded])),
    ).toBe('cross-side');
  });

  it('never lets a vague figure contradict a number', () => {
    const dozens = {
      metric: 'killed',
      scope: 'village',
      vague: { word: 'عشرات', meaning: 'dozens' },
    } as const;
    expect(
      status(claim('a', 'asserts', [killed(3, 'exact')]), claim('b', 'asserts', [dozens])),
    ).toBe('cross-side');
  });

  it('does not dispute figures given by the same party', () => {
    expect(
      status(
        claim('a', 'asserts', [killed(3, 'exact')]),
        claim('a', 'asserts', [killed(12, 'exact')]),
        claim('b', 'asserts'),
      ),
    ).toBe('cross-side');
  });

  it("is disputed by a counter-figure against another party's figure in the same scope", () => {
    const a = claim('a', 'asserts', [killed(12, 'about')]);
    const b = claim('b', 'counter-figure', [killed(11, 'exact')]);
    expect(questionStatus([a, b], ownSides).reasons).toEqual([
      { kind: 'counter-figure', claims: [a.id, b.id], parties: ['a', 'b'], scope: 'village' },
    ]);
    expect(status(a, claim('b', 'counter-figure', [killed(11, 'exact', 'town')]))).toBe(
      'cross-side',
    );
    expect(status(a, claim('b', 'counter-figure'))).toBe('cross-side');
  });
});

describe('questionStatus and sides', () => {
  const sides: Record<string, string> = {
    mod: 'government',
    'state-tv': 'government',
    // An outlet counts with the side it is aligned to.
    'opposition-outlet': 'opposition',
    nlf: 'opposition',
    sohr: 'monitors',
  };
  const sideOf = (party: string) => sides[party];
  const statusOf = (...claims: StatusClaim[]) => questionStatus(claims, sideOf).status;

  it("calls one side's echo one-side, never agreement", () => {
    expect(statusOf(claim('mod', 'asserts'), claim('state-tv', 'asserts'))).toBe('one-side');
    expect(statusOf(claim('nlf', 'denies'), claim('opposition-outlet', 'denies'))).toBe('one-side');
  });

  it('calls parties of two sides that do not contradict each other cross-side', () => {
    expect(statusOf(claim('mod', 'asserts'), claim('sohr', 'asserts'))).toBe('cross-side');
    expect(
      statusOf(claim('mod', 'asserts'), claim('state-tv', 'asserts'), claim('nlf', 'asserts')),
    ).toBe('cross-side');
  });

  it('counts neither silence as an answer nor a silent party as a side', () => {
    expect(statusOf(claim('mod', 'asserts'), claim('sohr', 'silent'))).toBe('single');
    expect(
      statusOf(claim('mod', 'asserts'), claim('state-tv', 'asserts'), claim('sohr', 'silent')),
    ).toBe('one-side');
    expect(statusOf(claim('mod', 'silent'), claim('nlf', 'silent'))).toBe('unanswered');
  });

  it('never lets a voice of unknown alignment make accounts consistent across sides', () => {
    // An unnamed publisher repeating the ministry's account confirms nothing.
    expect(statusOf(claim('mod', 'asserts'), claim('unknown', 'asserts'))).toBe('one-side');
    expect(statusOf(claim('unknown', 'asserts'), claim('other-unknown', 'asserts'))).toBe(
      'one-side',
    );
    expect(
      statusOf(claim('mod', 'asserts'), claim('unknown', 'asserts'), claim('nlf', 'asserts')),
    ).toBe('cross-side');
  });

  it('lets a dispute win, within one side or across sides', () => {
    expect(statusOf(claim('mod', 'asserts'), claim('state-tv', 'denies'))).toBe('disputed');
    expect(
      statusOf(claim('mod', 'asserts'), claim('state-tv', 'asserts'), claim('nlf', 'denies')),
    ).toBe('disputed');
  });

  it("counts an outlet's own account of what a party admitted as the outlet's side", () => {
    const admitted = {
      ...claim('mod', 'asserts'),
      wording: 'outlet-account',
      reportedBy: ['opposition-outlet'],
    } as const;
    expect(voiceOf(admitted)).toBe('opposition-outlet');
    // The opposition outlet, and the Ministry's words only as that outlet tells them: one side.
    expect(statusOf(admitted, claim('opposition-outlet', 'asserts'))).toBe('one-side');
    expect(statusOf(admitted, claim('nlf', 'asserts'))).toBe('one-side');
    // Quoted, or reported as speech, the words are the Ministry's own.
    expect(statusOf({ ...admitted, wording: 'reported-speech' }, claim('nlf', 'asserts'))).toBe(
      'cross-side',
    );
    // With no carrier named, the account stays with the party.
    expect(voiceOf({ ...admitted, reportedBy: [] })).toBe('mod');
  });

  it('gives the dispute reasons alone through disputeReasons', () => {
    const assertion = claim('mod', 'asserts');
    const denial = claim('nlf', 'denies');
    expect(disputeReasons([assertion, claim('sohr', 'silent'), denial])).toEqual(
      questionStatus([assertion, denial], sideOf).reasons,
    );
    expect(disputeReasons([assertion, claim('state-tv', 'asserts')])).toEqual([]);
  });
});

describe('partiesOf', () => {
  it('lists distinct speakers in first-claim order', () => {
    expect(partiesOf([claim('b', 'asserts'), claim('a', 'denies'), claim('b', 'silent')])).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('eventDisputedQuestionCount', () => {
  it('counts the disputed questions of an event', () => {
    const onQ = (question: string, c: StatusClaim) => ({ ...c, question });
    expect(
      eventDisputedQuestionCount({
        event: { questions: [{ id: 'who' }, { id: 'how-many' }, { id: 'when' }] },
        claims: [
          onQ('who', claim('a', 'asserts')),
          onQ('who', claim('b', 'denies')),
          onQ('how-many', claim('a', 'asserts')),
          onQ('how-many', claim('b', 'asserts')),
        ],
      }),
    ).toBe(1);
  });
});
