import type { Actor } from '@/corpus/schema';
import { actorWithMembers } from '@/lib/actor-members';

/**
 * Whose claims a party filter asks for: the chosen parties and, unless `members` is
 * `'exclude'`, every body that belongs to one of them. Undefined when no party is chosen (every
 * party's claims). The timeline draws these lanes; an export keeps these claims.
 */
export function chosenSpeakers(
  filters: { actors?: readonly string[] | undefined; members?: 'exclude' | undefined },
  actors: readonly Actor[],
): string[] | undefined {
  const chosen = filters.actors ?? [];
  if (chosen.length === 0) return undefined;
  if (filters.members === 'exclude') return [...new Set(chosen)];
  return [...new Set(chosen.flatMap((id) => actorWithMembers(id, actors)))];
}
