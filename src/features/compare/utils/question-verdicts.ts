import {
  partiesOf,
  questionStatus,
  type DisputeReason,
  type QuestionStatus,
} from '@/corpus/rules/question-status';
import type { EventShard } from '@/corpus/shards';

/** What a row says about its question: the status, why, and who answered. */
export interface QuestionVerdict {
  status: QuestionStatus;
  /** One reason per kind and pair of parties (and figure), however many claims repeat it. */
  reasons: DisputeReason[];
  /** Parties that answered (not merely 'silent'), in first-claim order. */
  parties: string[];
}

function reasonKey(reason: DisputeReason): string {
  return [reason.kind, ...reason.parties, reason.metric ?? '', reason.scope ?? ''].join('\u0000');
}

/** Each question's verdict, by the same rule the compiler counts disputes with. */
export function questionVerdicts(shard: EventShard): ReadonlyMap<string, QuestionVerdict> {
  return new Map(
    shard.event.questions.map((question) => {
      const claims = shard.claims.filter((claim) => claim.question === question.id);
      const { status, reasons } = questionStatus(claims);
      const unique = new Map(reasons.map((reason) => [reasonKey(reason), reason]));
      const parties = partiesOf(claims.filter((claim) => claim.stance !== 'silent'));
      return [question.id, { status, reasons: [...unique.values()], parties }];
    }),
  );
}
