import { describe, expect, it } from 'vitest';
import { partiesOf, questionStatus, type StatusClaim } from './question-status';

import { claim, killed } from './status-claim-fixture';

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

describe('partiesOf', () => {
  it('lists distinct speakers in first-claim order', () => {
    expect(partiesOf([claim('b', 'asserts'), claim('a', 'denies'), claim('b', 'silent')])).toEqual([
      'b',
      'a',
    ]);
  });
});
