import type { Question } from '@/corpus/schema';
import type { CompiledClaim, EventShard } from '@/corpus/shards';
import { disputeReasons, type DisputeKind } from '@/corpus/rules/question-status';

/** One way two parties' answers clash on a question, with every pair of claims that shows it. */
export interface ActorDispute {
  kind: DisputeKind;
  /** As the shared rule orders them: the party disputed first, then the one disputing. */
  parties: [string, string];
  /** The party on the other side of the clash from the page's party. */
  other: string;
  /** The other party's claims involved, to link to. */
  otherClaims: string[];
  metric?: string;
  scope?: string;
}

export interface QuestionDisputes {
  question: Question;
  disputes: ActorDispute[];
}

/**
 * The questions of one event on which this party's account (or, with its members, one of
 * its bodies') and another's cannot both stand, by the shared dispute rule (disputeReasons),
 * whichever of the two is disputed.
 */
export function actorDisputes(
  shard: EventShard,
  speakers: ReadonlySet<string>,
): QuestionDisputes[] {
  return shard.event.questions.flatMap((question) => {
    const claims = shard.claims.filter((claim) => claim.question === question.id);
    const byKey = new Map<string, ActorDispute>();
    for (const reason of disputeReasons(claims)) {
      const [first, second] = reason.parties;
      if (!speakers.has(first) && !speakers.has(second)) continue;
      // When two of the party's own bodies clash, the second is the other voice.
      const firstIsOwn = speakers.has(first);
      const other = firstIsOwn ? second : first;
      const otherClaim = firstIsOwn ? reason.claims[1] : reason.claims[0];
      const key = [reason.kind, first, second, reason.metric, reason.scope].join('\u0000');
      const found = byKey.get(key);
      if (found) {
        if (!found.otherClaims.includes(otherClaim)) found.otherClaims.push(otherClaim);
        continue;
      }
      byKey.set(key, {
        kind: reason.kind,
        parties: [first, second],
        other,
        otherClaims: [otherClaim],
        ...(reason.metric !== undefined ? { metric: reason.metric } : {}),
        ...(reason.scope !== undefined ? { scope: reason.scope } : {}),
      });
    }
    return byKey.size > 0 ? [{ question, disputes: [...byKey.values()] }] : [];
  });
}

/** The claims these bodies made in one event, grouped under the event's questions in order. */
export function actorClaimsByQuestion(
  shard: EventShard,
  speakers: ReadonlySet<string>,
): { question: Question; claims: CompiledClaim[] }[] {
  return shard.event.questions.flatMap((question) => {
    const claims = shard.claims.filter(
      (claim) => claim.question === question.id && speakers.has(claim.saidBy),
    );
    return claims.length > 0 ? [{ question, claims }] : [];
  });
}
