import {
  partiesOf,
  questionState,
  questionStatus,
  voiceOf,
  type DisputeReason,
  type QuestionStatus,
} from '@/corpus/rules/question-status';
import type { EventShard } from '@/corpus/shards';
import {
  corroboratingSideOf,
  sideOfParty,
  sidesOfParties,
  type SideLookups,
} from '@/lib/event-sides';

/** What a row says about its question: the status, why, and who answered for which side. */
export interface QuestionVerdict {
  status: QuestionStatus;
  /** One reason per kind and pair of parties (and figure), however many claims repeat it. */
  reasons: DisputeReason[];
  /** Parties that answered (not merely 'silent'), in first-claim order. */
  parties: string[];
  /**
   * The sides whose voices answered, in first-claim order ("only the opposition
   * answered"). An outlet's own account of what a party said counts for the outlet's side.
   */
  sides: string[];
  /** Answering voices whose side the corpus does not know. */
  unsided: string[];
  /** The known sides among `sides`: the ones that can confirm each other (cross-side). */
  confirmingSides: string[];
}

function reasonKey(reason: DisputeReason): string {
  return [reason.kind, ...reason.parties, reason.metric ?? '', reason.scope ?? ''].join('\u0000');
}

/** Each question's claims, in the event's order of questions. */
function claimsByQuestion(shard: EventShard) {
  const byQuestion = new Map<string, EventShard['claims'][number][]>(
    shard.event.questions.map((question) => [question.id, []]),
  );
  for (const claim of shard.claims) byQuestion.get(claim.question)?.push(claim);
  return byQuestion;
}

/**
 * Each question's status alone, the rule stopping at the first clash: what the
 * overview and the "disputed only" focus need in the view's first frame. The
 * reasons and sides (questionVerdicts) follow with the sections.
 */
export function questionStates(
  shard: EventShard,
  lookups: SideLookups,
): ReadonlyMap<string, QuestionStatus> {
  const confirmingSideOf = corroboratingSideOf(lookups);
  return new Map(
    [...claimsByQuestion(shard)].map(([questionId, claims]) => [
      questionId,
      questionState(claims, confirmingSideOf),
    ]),
  );
}

/** Each question's verdict, by the same rule the compiler counts disputes with. */
export function questionVerdicts(
  shard: EventShard,
  lookups: SideLookups,
): ReadonlyMap<string, QuestionVerdict> {
  const sideOf = sideOfParty(lookups);
  const confirmingSideOf = corroboratingSideOf(lookups);
  return new Map(
    [...claimsByQuestion(shard)].map(([questionId, claims]) => {
      const { status, reasons } = questionStatus(claims, confirmingSideOf);
      const unique = new Map(reasons.map((reason) => [reasonKey(reason), reason]));
      const answers = claims.filter((claim) => claim.stance !== 'silent');
      const parties = partiesOf(answers);
      // The sides whose voices are on record: an outlet's account counts as the outlet's.
      const voices = [...new Set(answers.map(voiceOf))];
      const { spoke, unsided } = sidesOfParties(voices, sideOf);
      const verdict: QuestionVerdict = {
        status,
        reasons: [...unique.values()],
        parties,
        sides: spoke.map((voices) => voices.side),
        unsided,
        confirmingSides: [...new Set(voices.flatMap((voice) => confirmingSideOf(voice) ?? []))],
      };
      return [questionId, verdict];
    }),
  );
}
