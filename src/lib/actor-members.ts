import type { Actor } from '@/corpus/schema';

/**
 * A party and every body that belongs to it, at any depth (Russia ⊃ its Ministry of Defence ⊃
 * the Hmeimim base), the party first. A reader who picks Russia means all of Russia's bodies;
 * the party pages and the list's party filter both roll membership up with this one rule.
 * The compiler rejects memberOf cycles; the visited set only guards against a bad shard.
 */
export function actorWithMembers(actorId: string, actors: readonly Actor[]): string[] {
  const membersOf = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.memberOf === undefined) continue;
    const members = membersOf.get(actor.memberOf) ?? [];
    members.push(actor.id);
    membersOf.set(actor.memberOf, members);
  }
  const found = [actorId];
  const seen = new Set(found);
  // The loop visits what it appends: an array's iterator reads its length as it goes.
  for (const current of found) {
    for (const member of membersOf.get(current) ?? []) {
      if (seen.has(member)) continue;
      seen.add(member);
      found.push(member);
    }
  }
  return found;
}
