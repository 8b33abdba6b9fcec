import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifierSchema, stanceSchema, type Stance } from '../schema';
import { eventDisputes } from './event-disputes';
import { figureRange, rangesOverlap } from './figure-range';
import {
  questionState,
  questionStatus,
  type DisputeKind,
  type StatusClaim,
} from './question-status';

const figure = fc.record(
  {
    metric: fc.constantFrom('killed', 'wounded'),
    scope: fc.constantFrom('village', 'town'),
    value: fc.option(fc.constantFrom(0, 10, 11, 12, 50, 60, 75), { nil: undefined }),
    qualifier: fc.option(fc.constantFrom(...qualifierSchema.options), { nil: undefined }),
  },
  { requiredKeys: ['metric', 'scope'] },
);
const claim = fc.record({
  id: fc.string({ maxLength: 3 }),
  saidBy: fc.constantFrom('a', 'b', 'c'),
  stance: fc.constantFrom(...stanceSchema.options),
  explanation: fc.option(fc.constantFrom('engine-fault', 'weather'), { nil: undefined }),
  figures: fc.array(figure, { maxLength: 3 }),
  question: fc.constantFrom('who', 'how-many', 'when'),
});

/** Every party a side of its own: sides change no dispute, and only split the rest. */
// Each party a side of its own, so accounts that fit together come from several sides.
const ownSides = (party: string) => party;

describe("eventDisputes (the index's count)", () => {
  it('counts the questions questionStatus calls disputed', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
        const questions = ['who', 'how-many', 'when', 'why'].map((id) => ({
          id,
          label: { ar: id, en: id },
        }));
        const expected = questions.filter(
          (question) =>
            questionStatus(
              claims.filter((c: StatusClaim & { question: string }) => c.question === question.id),
              ownSides,
            ).status === 'disputed',
        ).length;
        expect(eventDisputes({ event: { questions }, claims })).toHaveLength(expected);
      }),
      { numRuns: 5000 },
    );
  }, 30_000);
});

describe("questionState (the comparison's first frame)", () => {
  it('gives the status questionStatus gives, though it stops at the first clash', () => {
    // Two sides for three parties, so 'one-side' and 'cross-side' both occur.
    const twoSides = (party: string) =>
      party === 'c' ? 'other' : party === 'b' ? undefined : 'one';
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 8 }), (claims) => {
        expect(questionState(claims, twoSides)).toBe(questionStatus(claims, twoSides).status);
        expect(questionState(claims, ownSides)).toBe(questionStatus(claims, ownSides).status);
      }),
      { numRuns: 3000 },
    );
  });
});

/** The dispute rule written plainly, one pair at a time: the kinds of dispute between two claims. */
function oracleKinds(a: StatusClaim, b: StatusClaim): Set<DisputeKind> {
  const kinds = new Set<DisputeKind>();
  if (a.saidBy === b.saidBy || a.stance === 'silent' || b.stance === 'silent') return kinds;
  const rejections: Partial<Record<Stance, DisputeKind>> = {
    denies: 'denial',
    'alternative-explanation': 'alternative-explanation',
    'casts-doubt': 'doubt',
  };
  for (const [first, second] of [
    [a, b],
    [b, a],
  ]) {
    if (!first || !second) continue;
    const rejection = rejections[second.stance];
    if (first.stance === 'asserts' && rejection) kinds.add(rejection);
    const sharesScope = second.figures.some((fs) =>
      first.figures.some((ff) => ff.scope === fs.scope),
    );
    if (second.stance === 'counter-figure' && sharesScope) kinds.add('counter-figure');
  }
  const sameNamedExplanation = a.explanation !== undefined && a.explanation === b.explanation;
  if (
    a.stance === 'alternative-explanation' &&
    b.stance === 'alternative-explanation' &&
    !sameNamedExplanation
  ) {
    kinds.add('rival-explanations');
  }
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (fa.metric !== fb.metric || fa.scope !== fb.scope) continue;
      if (fa.value === undefined || fb.value === undefined) continue;
      const ra = figureRange(fa.value, fa.qualifier);
      if (!rangesOverlap(ra, figureRange(fb.value, fb.qualifier))) kinds.add('conflicting-figures');
    }
  }
  return kinds;
}

/** Claims with distinct ids, so a reason names the pair it came from. */
const distinctClaims = fc
  .array(claim, { maxLength: 8 })
  .map((claims) => claims.map((each, i) => ({ ...each, id: `c${String(i)}` })));

const pairKey = (ids: readonly string[]) => [...ids].sort().join(' ');

describe('questionStatus', () => {
  it('agrees with the rule written plainly, pair by pair', () => {
    fc.assert(
      fc.property(distinctClaims, (claims) => {
        const { status, reasons } = questionStatus(claims, ownSides);
        const expected = new Map<string, Set<DisputeKind>>();
        claims.forEach((a, i) => {
          for (const b of claims.slice(i + 1)) {
            const kinds = oracleKinds(a, b);
            if (kinds.size > 0) expected.set(pairKey([a.id, b.id]), kinds);
          }
        });
        const found = new Map<string, Set<DisputeKind>>();
        for (const reason of reasons) {
          const key = pairKey(reason.claims);
          found.set(key, (found.get(key) ?? new Set()).add(reason.kind));
        }
        expect(found).toEqual(expected);

        const parties = new Set(claims.filter((c) => c.stance !== 'silent').map((c) => c.saidBy));
        const expectedStatus =
          parties.size === 0
            ? 'unanswered'
            : parties.size === 1
              ? 'single'
              : expected.size > 0
                ? 'disputed'
                : 'cross-side';
        expect(status).toBe(expectedStatus);
      }),
      { numRuns: 3000 },
    );
  });

  it('names each reason once, with the parties of the claims it names', () => {
    fc.assert(
      fc.property(distinctClaims, (claims) => {
        const { reasons } = questionStatus(claims, ownSides);
        const keys = reasons.map((reason) => JSON.stringify(reason));
        expect(new Set(keys).size).toBe(keys.length);
        const speaker = new Map(claims.map((c) => [c.id, c.saidBy]));
        for (const reason of reasons) {
          expect(reason.parties[0]).not.toBe(reason.parties[1]);
          expect(reason.claims.map((id) => speaker.get(id))).toEqual(reason.parties);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('eventDisputes against the plain rule', () => {
  it('counts the questions the plain rule calls disputed', () => {
    fc.assert(
      fc.property(distinctClaims, (claims) => {
        const questions = ['who', 'how-many', 'when', 'why'].map((id) => ({
          id,
          label: { ar: id, en: id },
        }));
        const expected = questions.filter(({ id }) => {
          const answering = claims.filter((c) => c.question === id);
          return answering.some((a, i) =>
            answering.slice(i + 1).some((b) => oracleKinds(a, b).size > 0),
          );
        }).length;
        expect(eventDisputes({ event: { questions }, claims })).toHaveLength(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
