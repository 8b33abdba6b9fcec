import type { CompiledClaim } from '@/corpus/shards';

/** Claims grouped by grid cell (question × party), each cell in the shard's order. */
export interface ClaimCells {
  of: (questionId: string, actorId: string) => readonly CompiledClaim[];
}

const none: readonly CompiledClaim[] = [];

export function claimCells(claims: readonly CompiledClaim[]): ClaimCells {
  const cells = new Map<string, CompiledClaim[]>();
  const keyOf = (questionId: string, actorId: string) => `${questionId}\u0000${actorId}`;
  for (const claim of claims) {
    const key = keyOf(claim.question, claim.saidBy);
    const list = cells.get(key);
    if (list) list.push(claim);
    else cells.set(key, [claim]);
  }
  return { of: (questionId, actorId) => cells.get(keyOf(questionId, actorId)) ?? none };
}
