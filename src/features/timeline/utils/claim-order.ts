import type { CompiledClaim } from '@/corpus/shards';
import { fuzzyDaySpan } from './day-range';

type OrderedClaim = Pick<CompiledClaim, 'id' | 'saidOn' | 'saidAfter'>;

/** How many known predecessors a claim has: "A, then B after A, then C after B". */
function afterDepth(claim: OrderedClaim, byId: ReadonlyMap<string, OrderedClaim>): number {
  const seen = new Set<string>();
  let depth = 0;
  let current: OrderedClaim | undefined = claim;
  // The compiler rejects cycles; the guard keeps a hand-edited shard from hanging the page.
  while (current?.saidAfter !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.saidAfter);
    if (current) depth += 1;
  }
  return depth;
}

/**
 * Claims in the order they were made, as far as the corpus knows it: by the
 * first day their date may mean, then, when dates cannot tell them apart, a
 * claim known to have followed another comes after it; then the more precise
 * date first; then the corpus's own order.
 */
export function orderByTime<T extends OrderedClaim>(
  claims: readonly T[],
  context: readonly OrderedClaim[] = claims,
): T[] {
  const byId = new Map(context.map((claim) => [claim.id, claim]));
  const keyed = claims.map((claim, position) => {
    const days = fuzzyDaySpan(claim.saidOn);
    return { claim, position, days, depth: afterDepth(claim, byId) };
  });
  keyed.sort(
    (a, b) =>
      a.days.first - b.days.first ||
      a.depth - b.depth ||
      a.days.last - b.days.last ||
      a.position - b.position,
  );
  return keyed.map((entry) => entry.claim);
}
