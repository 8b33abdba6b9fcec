import type { LocalizedText } from '../primitives';
import { disputeReasons, type StatusClaim } from './question-status';

/**
 * How many disputed questions an event's summary in the index names (a card shows these, then
 * "+N more" from the count): all of them would grow the index, the first download of every
 * visit, by a third at 10,000 events, for lines no card shows.
 */
export const LISTED_DISPUTES = 2;

/** One disputed question of an event, as a list card names it. */
export interface EventDispute {
  question: string;
  title: LocalizedText;
  /** The parties whose accounts clash on it, in the order the rule meets them. */
  parties: string[];
}

/**
 * Each disputed question of an event, in the event's order, with the parties
 * the dispute rule finds clashing: the same `disputeReasons` the comparison
 * explains its verdicts with, so a card and the comparison never disagree on
 * what is disputed or between whom.
 */
export function eventDisputes(shard: {
  event: { questions: readonly { id: string; label: LocalizedText }[] };
  claims: readonly (StatusClaim & { question: string })[];
}): EventDispute[] {
  const claimsByQuestion = new Map<string, StatusClaim[]>();
  for (const claim of shard.claims) {
    const answering = claimsByQuestion.get(claim.question);
    if (answering) answering.push(claim);
    else claimsByQuestion.set(claim.question, [claim]);
  }
  return shard.event.questions.flatMap((question) => {
    const reasons = disputeReasons(claimsByQuestion.get(question.id) ?? []);
    if (reasons.length === 0) return [];
    const parties = [...new Set(reasons.flatMap((reason) => reason.parties))];
    return [{ question: question.id, title: question.label, parties }];
  });
}
