import type { Claim, Figure, Stance } from '../schema';
import { figureRange, rangesOverlap } from './figure-range';

/**
 * What is known about one question from the parties' answers. Shared by the
 * compiler (the index's disputedQuestionCount) and the app (badges, exports),
 * so both judge by the same rule. None of them means "agreed": several voices
 * of one side echo, they do not corroborate.
 * - 'disputed': two parties' answers cannot both stand;
 * - 'cross-side': parties of two or more known sides answered and nothing contradicts;
 * - 'one-side': several parties answered, but no two known sides (one side's echo, perhaps with
 *   voices of unknown alignment, which confirm nothing);
 * - 'single': one party answered;
 * - 'unanswered': none did (no claims, or only 'silent' ones).
 */
export type QuestionStatus = 'disputed' | 'cross-side' | 'one-side' | 'single' | 'unanswered';

/**
 * The side a party speaks for, or undefined when its alignment is unknown: such
 * a voice never makes a question consistent across sides. An outlet counts with
 * the side it is aligned to.
 */
export type SideOf = (partyId: string) => string | undefined;

export type DisputeKind =
  | 'denial'
  | 'alternative-explanation'
  | 'rival-explanations'
  | 'doubt'
  | 'conflicting-figures'
  | 'counter-figure';

export interface DisputeReason {
  kind: DisputeKind;
  /** The claim disputed first (the assertion, or the figure countered), then the one disputing it. */
  claims: [string, string];
  parties: [string, string];
  metric?: string;
  scope?: string;
}

/** The parts of a claim the rule reads; a compiled claim fits. */
export interface StatusClaim {
  id: string;
  saidBy: string;
  stance: Stance;
  /** Which alternative explanation, when the corpus names it. */
  explanation?: string | undefined;
  figures: readonly Pick<Figure, 'metric' | 'scope' | 'value' | 'qualifier'>[];
  /** How the words reached us; an old compiled corpus may not say. */
  wording?: Claim['wording'] | undefined;
  /** Outlets that carried the claim, nearest the speaker first. */
  reportedBy?: readonly string[] | undefined;
}

export interface QuestionStatusResult {
  status: QuestionStatus;
  reasons: DisputeReason[];
}

/** Distinct speakers in first-claim order. */
export function partiesOf(claims: readonly Pick<StatusClaim, 'saidBy'>[]): string[] {
  return [...new Set(claims.map((claim) => claim.saidBy))];
}

const stanceDisputes: Partial<Record<Stance, DisputeKind>> = {
  denies: 'denial',
  'alternative-explanation': 'alternative-explanation',
  'casts-doubt': 'doubt',
};

function reason(
  kind: DisputeKind,
  first: StatusClaim,
  second: StatusClaim,
  extra: Partial<DisputeReason> = {},
): DisputeReason {
  return { kind, claims: [first.id, second.id], parties: [first.saidBy, second.saidBy], ...extra };
}

/** Told each reason in turn; returning true stops the search (a yes/no needs only the first). */
type ReasonVisitor = (reason: DisputeReason) => boolean;

/** Whether `visit` was offered a reason and stopped there. */
function offer(found: DisputeReason | undefined, visit: ReasonVisitor): boolean {
  return found !== undefined && visit(found);
}

/** `second` rejects what `first` asserts: a denial, another explanation, doubt. */
function stanceDispute(first: StatusClaim, second: StatusClaim): DisputeReason | undefined {
  const kind = stanceDisputes[second.stance];
  return first.stance === 'asserts' && kind ? reason(kind, first, second) : undefined;
}

/**
 * Two parties each explaining it differently from the account the question
 * tests: rival, unless the corpus names both explanations and they are one.
 */
function rivalExplanations(a: StatusClaim, b: StatusClaim): DisputeReason | undefined {
  return a.stance === 'alternative-explanation' &&
    b.stance === 'alternative-explanation' &&
    (a.explanation === undefined || a.explanation !== b.explanation)
    ? reason('rival-explanations', a, b)
    : undefined;
}

/** One reason per metric and scope where the two give figures that cannot both be true. */
function conflictingFigures(a: StatusClaim, b: StatusClaim, visit: ReasonVisitor): boolean {
  // Made only once a conflict is found, so a yes/no that stops there allocates nothing.
  let reported: Set<string> | undefined;
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (fa.metric !== fb.metric || fa.scope !== fb.scope) continue;
      // Vague figures ("dozens") never contradict numbers, nor each other.
      if (fa.value === undefined || fb.value === undefined) continue;
      const key = `${fa.metric}\u0000${fa.scope}`;
      if (reported?.has(key)) continue;
      if (
        !rangesOverlap(figureRange(fa.value, fa.qualifier), figureRange(fb.value, fb.qualifier))
      ) {
        if (visit(reason('conflicting-figures', a, b, { metric: fa.metric, scope: fa.scope }))) {
          return true;
        }
        (reported ??= new Set()).add(key);
      }
    }
  }
  return false;
}

/** `counter` offers a counter-figure against a figure of `target` in the same scope. */
function counterFigure(target: StatusClaim, counter: StatusClaim): DisputeReason | undefined {
  if (counter.stance !== 'counter-figure') return undefined;
  const scope = counter.figures.find((fc) =>
    target.figures.some((ft) => ft.scope === fc.scope),
  )?.scope;
  return scope === undefined ? undefined : reason('counter-figure', target, counter, { scope });
}

/**
 * The dispute rule: every reason two claims cannot both stand, in a fixed
 * order. questionStatus collects them all; the index's count stops at the
 * first (on a 100k-claim corpus, building every reason cost 330 MB of garbage).
 * Returns whether `visit` stopped it.
 */
function visitPairReasons(a: StatusClaim, b: StatusClaim, visit: ReasonVisitor): boolean {
  return (
    offer(rivalExplanations(a, b), visit) ||
    offer(stanceDispute(a, b), visit) ||
    offer(stanceDispute(b, a), visit) ||
    conflictingFigures(a, b, visit) ||
    offer(counterFigure(a, b), visit) ||
    offer(counterFigure(b, a), visit)
  );
}

/** The rule over every pair of answers from different parties; whether `visit` stopped it. */
function visitReasons(answers: readonly StatusClaim[], visit: ReasonVisitor): boolean {
  for (let i = 0; i < answers.length; i += 1) {
    const a = answers[i];
    for (let j = i + 1; j < answers.length; j += 1) {
      const b = answers[j];
      if (a && b && a.saidBy !== b.saidBy && visitPairReasons(a, b, visit)) return true;
    }
  }
  return false;
}

const answersOf = (claims: readonly StatusClaim[]) =>
  claims.filter((claim) => claim.stance !== 'silent');

/** Every reason over answers already rid of 'silent' ones. */
function reasonsAmong(answers: readonly StatusClaim[]): DisputeReason[] {
  const reasons: DisputeReason[] = [];
  visitReasons(answers, (found) => {
    reasons.push(found);
    return false;
  });
  return reasons;
}

/** Every reason two parties' answers cannot both stand; none when the question is not disputed. */
export function disputeReasons(claims: readonly StatusClaim[]): DisputeReason[] {
  return reasonsAmong(answersOf(claims));
}

/**
 * Whose side an answer shows. An outlet's own account of what a party said or
 * admitted is the outlet's voice (its nearest carrier), not the party's: a
 * government commander's "admission" told by an opposition outlet is not the
 * government side answering.
 */
export function voiceOf(claim: Pick<StatusClaim, 'saidBy' | 'wording' | 'reportedBy'>): string {
  return claim.wording === 'outlet-account'
    ? (claim.reportedBy?.[0] ?? claim.saidBy)
    : claim.saidBy;
}

/** The status once it is known whether the answers clash: a dispute wins over any number of sides. */
function statusOf(
  answers: readonly StatusClaim[],
  disputed: (answers: readonly StatusClaim[]) => boolean,
  sideOf: SideOf,
): QuestionStatus {
  const parties = partiesOf(answers);
  if (parties.length === 0) return 'unanswered';
  if (parties.length === 1) return 'single';
  if (disputed(answers)) return 'disputed';
  const knownSides = new Set(answers.map((answer) => sideOf(voiceOf(answer))));
  knownSides.delete(undefined);
  return knownSides.size > 1 ? 'cross-side' : 'one-side';
}

/** The question's status by the rule above, with every reason a dispute has. */
export function questionStatus(
  claims: readonly StatusClaim[],
  sideOf: SideOf,
): QuestionStatusResult {
  let reasons: DisputeReason[] = [];
  const status = statusOf(
    answersOf(claims),
    (answers) => {
      reasons = reasonsAmong(answers);
      return reasons.length > 0;
    },
    sideOf,
  );
  return { status, reasons };
}

/**
 * The same status without its reasons: the rule stops at the first clash it
 * finds. What a comparison's first frame needs for its overview, where
 * building every reason of a 200-claim event was a sixth of the render.
 */
export function questionState(claims: readonly StatusClaim[], sideOf: SideOf): QuestionStatus {
  return statusOf(answersOf(claims), (answers) => visitReasons(answers, () => true), sideOf);
}
