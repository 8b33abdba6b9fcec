import { expectedSchemaPointer } from '@/corpus/compiler/corpus-layout';
import type { Claim, Stance } from '@/corpus/event-schema';
import type { Figure } from '@/corpus/figure-schema';
import type { DateRange, FuzzyDate, LocalizedText } from '@/corpus/primitives';
import type { ActorKind } from '@/corpus/registry-schemas';
import { jsonFile, type DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';
import { removePendingClaim } from './pending-claims';

type Bilingual = LocalizedText;

/** Either one the draft has, by id, or a new one described in full. */
export type PickOrNew<New> = { pick: string } | { new: New };

export interface NewSide {
  id: string;
  label: Bilingual;
}

export interface NewActor {
  id: string;
  name: Bilingual;
  kind: ActorKind;
  side: PickOrNew<NewSide>;
  memberOf?: string;
}

export interface NewEvent {
  id: string;
  title: Bilingual;
  summary: Bilingual;
  date: DateRange;
}

export interface NewQuestion {
  id: string;
  label: Bilingual;
}

export interface NewMetric {
  id: string;
  label: Bilingual;
  /** What one of its figures counts: "soldiers" / «جنود». */
  unit: Bilingual;
}

export interface NewScope {
  id: string;
  label: Bilingual;
}

/** Everything the claim form gathers: where the words are, who said them, and on what. */
export interface ClaimInput {
  /** The pending claim this completes, removed in the same edit. */
  pendingId?: string;
  id: string;
  source: string;
  quote: string;
  occurrence?: number;
  saidBy: PickOrNew<NewActor>;
  reportedBy: string[];
  event: PickOrNew<NewEvent>;
  question: PickOrNew<NewQuestion>;
  stance: Stance;
  wording: Claim['wording'];
  translation?: string;
  gist?: Bilingual;
  saidOn: FuzzyDate;
  figures: Figure[];
  /** The metric its figures count, when the draft has none for it yet: into metrics.json. */
  newMetric?: NewMetric;
  /** Where its figures count, when the event has no such scope yet: into the event's scopes. */
  newScope?: NewScope;
}

export type AddClaimResult =
  | { ok: true; files: DraftFiles; eventId: string; claimId: string }
  /** A file the claim must be written into does not parse: fix it first (the check says where). */
  | { ok: false; file: string; reason: 'unreadable' }
  /** A new event's file is already there (under another id, or broken): never written over. */
  | { ok: false; file: string; reason: 'exists' };

function appended(list: unknown, item: unknown): unknown[] {
  return [...(Array.isArray(list) ? (list as unknown[]) : []), item];
}

/**
 * The draft with one more claim, written where the compiler reads it: into its event's file
 * (made if new, with the question and the figures' scope if new), its party into actors.json and its side into
 * sides.json and its figures' metric into metrics.json when they are new. One edit, so one undo takes all of it back.
 */
export function addClaim(files: DraftFiles, input: ClaimInput): AddClaimResult {
  const next: Record<string, string> = { ...files };
  const saidBy = 'pick' in input.saidBy ? input.saidBy.pick : input.saidBy.new.id;

  if ('new' in input.saidBy) {
    const actor = input.saidBy.new;
    if ('new' in actor.side) {
      const sides = parseJsonObject(next['sides.json']);
      if (!sides) return { ok: false, file: 'sides.json', reason: 'unreadable' };
      next['sides.json'] = jsonFile({ ...sides, sides: appended(sides.sides, actor.side.new) });
    }
    const actors = parseJsonObject(next['actors.json']);
    if (!actors) return { ok: false, file: 'actors.json', reason: 'unreadable' };
    const side = 'pick' in actor.side ? actor.side.pick : actor.side.new.id;
    next['actors.json'] = jsonFile({
      ...actors,
      actors: appended(actors.actors, {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        ...(actor.memberOf ? { memberOf: actor.memberOf } : {}),
        side,
      }),
    });
  }

  if (input.newMetric) {
    const metrics = parseJsonObject(next['metrics.json']);
    if (!metrics) return { ok: false, file: 'metrics.json', reason: 'unreadable' };
    next['metrics.json'] = jsonFile({
      ...metrics,
      metrics: appended(metrics.metrics, input.newMetric),
    });
  }

  const eventId = 'pick' in input.event ? input.event.pick : input.event.new.id;
  const path = `events/${eventId}.json`;
  let event: Record<string, unknown>;
  if ('new' in input.event) {
    if (next[path] !== undefined) return { ok: false, file: path, reason: 'exists' };
    const { id, title, summary, date } = input.event.new;
    event = {
      $schema: expectedSchemaPointer('event'),
      id,
      title,
      summary,
      date,
      places: [],
      topics: [],
      questions: [],
      scopes: [],
      claims: [],
    };
  } else {
    const found = parseJsonObject(next[path]);
    if (!found) return { ok: false, file: path, reason: 'unreadable' };
    event = found;
  }
  const questionId = 'pick' in input.question ? input.question.pick : input.question.new.id;
  if ('new' in input.question) {
    event = { ...event, questions: appended(event.questions, input.question.new) };
  }
  if (input.newScope) event = { ...event, scopes: appended(event.scopes, input.newScope) };
  const claim = {
    id: input.id,
    question: questionId,
    saidBy,
    reportedBy: input.reportedBy,
    source: input.source,
    quote: input.quote,
    ...(input.occurrence !== undefined ? { occurrence: input.occurrence } : {}),
    ...(input.translation ? { translation: input.translation } : {}),
    stance: input.stance,
    ...(input.gist ? { gist: input.gist } : {}),
    wording: input.wording,
    figures: input.figures,
    saidOn: input.saidOn,
  };
  next[path] = jsonFile({ ...event, claims: appended(event.claims, claim) });
  const written = input.pendingId === undefined ? next : removePendingClaim(next, input.pendingId);
  return { ok: true, files: written, eventId, claimId: input.id };
}
