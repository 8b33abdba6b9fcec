import type { CompiledClaim, EventShard } from '@/corpus/shards';

/**
 * The claims of `parties` in the order the comparison shows them: question by
 * question, then party column by column, then as the corpus lists them within
 * a cell. Claims of parties not given (hidden) are left out.
 */
export function claimsInGridOrder(shard: EventShard, parties: readonly string[]): CompiledClaim[] {
  return shard.event.questions.flatMap((question) =>
    parties.flatMap((party) =>
      shard.claims.filter((claim) => claim.question === question.id && claim.saidBy === party),
    ),
  );
}
