import type { Figure, Stance } from '../schema';
import { figureRange, rangesOverlap } from './figure-range';

/**
 * How the parties' answers to one question relate. Shared by the compiler
 * (the index's disputedQuestionCount) and the app (badges), so both count
 * disputes by the same rule.
 */
export type QuestionStatus = 'disputed' | 'agreed' | 'single' | 'unanswered';

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

function conflictingFigures(a: StatusClaim, b: StatusClaim): DisputeReason[] {
  const reasons = new Map<string, DisputeReason>();
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (fa.metric !== fb.metric || fa.scope !== fb.scope) continue;
      // Vague figures ("dozens") never contradict numbers, nor each other.
      if (fa.value === undefined || fb.value === undefined) continue;
      const key = `${fa.metric}\u0000${fa.scope}`;
      if (reasons.has(key)) continue;
      if (
        !rangesOverlap(figureRange(fa.value, fa.qualifier), figureRange(fb.value, fb.qualifier))
      ) {
        reasons.set(
          key,
          reason('conflicting-figures', a, b, { metric: fa.metric, scope: fa.scope }),
        );
      }
    }
  }
  return [...reasons.values()];
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
 * Two parties each explaining it differently from the account the question
 * tests: rival, unless the corpus names both explanations and they are one.
 */
function rivalExplanations(a: StatusClaim, b: StatusClaim): boolean {
  return (
    a.stance === 'alternative-explanation' &&
    b.stance === 'alternative-explanation' &&
    (a.explanation === undefined || a.explanation !== b.explanation)
  );
}

function pairReasons(a: StatusClaim, b: StatusClaim): DisputeReason[] {
  const reasons: DisputeReason[] = [];
  if (rivalExplanations(a, b)) reasons.push(reason('rival-explanations', a, b));
  for (const [first, second] of [
    [a, b],
    [b, a],
  ] as const) {
    const kind = stanceDisputes[second.stance];
    if (first.stance === 'asserts' && kind) reasons.push(reason(kind, first, second));
  }
  reasons.push(...conflictingFigures(a, b));
  for (const [target, counter] of [
    [a, b],
    [b, a],
  ] as const) {
    const found = counterFigure(target, counter);
    if (found) reasons.push(found);
  }
  return reasons;
}

/** Whether `pairReasons(a, b)` would find anything, without building the reasons. */
function pairDisputes(a: StatusClaim, b: StatusClaim): boolean {
  const stanceDispute =
    (a.stance === 'asserts' && stanceDisputes[b.stance] !== undefined) ||
    (b.stance === 'asserts' && stanceDisputes[a.stance] !== undefined);
  return (
    stanceDispute ||
    rivalExplanations(a, b) ||
    a.figures.some((fa) =>
      b.figures.some(
        (fb) =>
          fa.metric === fb.metric &&
          fa.scope === fb.scope &&
          fa.value !== undefined &&
          fb.value !== undefined &&
          !rangesOverlap(figureRange(fa.value, fa.qualifier), figureRange(fb.value, fb.qualifier)),
      ),
    ) ||
    counterFigure(a, b) !== undefined ||
    counterFigure(b, a) !== undefined
  );
}

/** Whether `questionStatus(claims).status` is 'disputed': the same rule, stopping at the first dispute. */
function isDisputed(claims: readonly StatusClaim[]): boolean {
  const answers = claims.filter((claim) => claim.stance !== 'silent');
  for (let i = 0; i < answers.length; i += 1) {
    const a = answers[i];
    for (let j = i + 1; j < answers.length; j += 1) {
      const b = answers[j];
      if (a && b && a.saidBy !== b.saidBy && pairDisputes(a, b)) return true;
    }
  }
  return false;
}

/**
 * 'unanswered' when no party answers (no claims, or only 'silent' ones);
 * 'single' when one party does; 'disputed' when two parties' answers cannot
 * both stand; otherwise 'agreed'. A 'silent' claim never disputes.
 */
export function questionStatus(claims: readonly StatusClaim[]): QuestionStatusResult {
  const answers = claims.filter((claim) => claim.stance !== 'silent');
  const parties = partiesOf(answers);
  if (parties.length === 0) return { status: 'unanswered', reasons: [] };
  if (parties.length === 1) return { status: 'single', reasons: [] };
  const reasons: DisputeReason[] = [];
  answers.forEach((a, i) => {
    for (const b of answers.slice(i + 1)) {
      if (a.saidBy !== b.saidBy) reasons.push(...pairReasons(a, b));
    }
  });
  return { status: reasons.length > 0 ? 'disputed' : 'agreed', reasons };
}

/** How many of an event's questions are disputed: the index's disputedQuestionCount. */
export function eventDisputedQuestionCount(shard: {
  event: { questions: readonly { id: string }[] };
  claims: readonly (StatusClaim & { question: string })[];
}): number {
  const claimsByQuestion = new Map<string, StatusClaim[]>();
  for (const claim of shard.claims) {
    const answering = claimsByQuestion.get(claim.question);
    if (answering) answering.push(claim);
    else claimsByQuestion.set(claim.question, [claim]);
  }
  return shard.event.questions.filter((question) =>
    isDisputed(claimsByQuestion.get(question.id) ?? []),
  ).length;
}
