import type { Actor, Figure } from '../../src/corpus/schema';
import type { CompiledClaim, CorpusIndex, EventShard, SourceShard } from '../../src/corpus/shards';
import {
  questionStatus,
  type DisputeKind,
  type QuestionStatus,
  type QuestionStatusResult,
} from '../../src/corpus/rules/question-status';
import { corpusLookups } from '../../src/lib/corpus-lookups';
import { corroboratingSideOf } from '../../src/lib/event-sides';
import { compileCorpusDir } from './compile-corpus-dir';

/**
 * The bundled corpus (data/) compiled as the app receives it, with lookups
 * that fail loudly on a missing id, for the tests that pin its disagreements.
 */
export interface IdlibCorpus {
  index: CorpusIndex;
  eventIds: string[];
  event(id: string): EventShard;
  claim(eventId: string, claimId: string): CompiledClaim;
  /** Every claim on one question of one event. */
  claimsOn(eventId: string, questionId: string): CompiledClaim[];
  actor(id: string): Actor | undefined;
  source(id: string): SourceShard['source'];
  status(eventId: string, questionId: string): QuestionStatusResult;
  /** The state of every question of one event, by question id, for pinning them all at once. */
  states(eventId: string): Record<string, QuestionStatus>;
}

export async function compileIdlibCorpus(): Promise<IdlibCorpus> {
  const result = await compileCorpusDir('data');
  if (!result.ok) {
    throw new Error(result.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n'));
  }
  const events = new Map(result.eventShards.map((shard) => [shard.data.event.id, shard.data]));
  const sources = new Map(
    result.sourceShards.map((shard) => [shard.data.source.id, shard.data.source]),
  );

  const event = (id: string): EventShard => {
    const found = events.get(id);
    if (!found) throw new Error(`no event "${id}" in data/`);
    return found;
  };
  const claimsOn = (eventId: string, questionId: string): CompiledClaim[] => {
    const shard = event(eventId);
    if (!shard.event.questions.some((q) => q.id === questionId)) {
      throw new Error(`no question "${questionId}" in event "${eventId}"`);
    }
    return shard.claims.filter((c) => c.question === questionId);
  };

  // The app's own reading of sides: a voice of unknown alignment confirms no one.
  const sideOf = corroboratingSideOf(corpusLookups(result.index));

  return {
    index: result.index,
    eventIds: [...events.keys()].sort(),
    event,
    claim(eventId, claimId) {
      const found = event(eventId).claims.find((c) => c.id === claimId);
      if (!found) throw new Error(`no claim "${claimId}" in event "${eventId}"`);
      return found;
    },
    claimsOn,
    actor: (id) => result.index.actors.find((a) => a.id === id),
    source(id) {
      const found = sources.get(id);
      if (!found) throw new Error(`no source "${id}" in data/`);
      return found;
    },
    status: (eventId, questionId) => questionStatus(claimsOn(eventId, questionId), sideOf),
    states: (eventId) =>
      Object.fromEntries(
        event(eventId).event.questions.map((question) => [
          question.id,
          questionStatus(claimsOn(eventId, question.id), sideOf).status,
        ]),
      ),
  };
}

export function figure(claim: CompiledClaim, metric: string): Figure {
  const found = claim.figures.find((f) => f.metric === metric);
  if (!found) throw new Error(`claim "${claim.id}" has no "${metric}" figure`);
  return found;
}

/** The dispute reasons of one kind between two parties, in the order the rule names them. */
export function reasonsBetween(
  result: QuestionStatusResult,
  kind: DisputeKind,
  parties: [string, string],
): [string, string][] {
  return result.reasons
    .filter((r) => r.kind === kind && r.parties[0] === parties[0] && r.parties[1] === parties[1])
    .map((r) => r.claims);
}
