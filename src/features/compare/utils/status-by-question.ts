import { questionStatus, type QuestionStatus } from '@/corpus/compiler/question-status';
import type { EventShard } from '@/corpus/shards';

/** Each question's status (disputed, agreed, ...) by the same rule the compiler counts with. */
export function statusByQuestion(shard: EventShard): ReadonlyMap<string, QuestionStatus> {
  return new Map(
    shard.event.questions.map((question) => [
      question.id,
      questionStatus(shard.claims.filter((claim) => claim.question === question.id)).status,
    ]),
  );
}
