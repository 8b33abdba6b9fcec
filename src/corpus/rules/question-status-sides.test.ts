import { describe, expect, it } from 'vitest';
import { disputeReasons, questionStatus, voiceOf, type StatusClaim } from './question-status';
import { claim } from './status-claim-fixture';

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
