import { z } from '../zod';
import { claimSchema, eventSchema } from '../schema';
import type { ErrorSink } from '../rules/corpus-error';
import type { LoadedCorpus, LoadedEvent } from './loaded-corpus';
import { rawField, rawIds } from './loaded-corpus';
import { readJson, salvage, type ClassifiedFile } from './read-json-file';
import { parseQuietly, validateFile } from './validate-schema';

/** What claims need from their event, readable even when the rest of the event is not. */
const eventOutlineSchema = z.object({
  id: eventSchema.shape.id,
  questions: eventSchema.shape.questions,
  scopes: eventSchema.shape.scopes,
});

function loadEvent(file: ClassifiedFile, raw: unknown, sink: ErrorSink): LoadedEvent {
  const event = validateFile(eventSchema, raw, file.path, sink);
  if (event) {
    const claims = event.claims.map((value, index) => ({ index, value }));
    return {
      file: file.path,
      event,
      id: event.id,
      questions: event.questions,
      scopes: event.scopes,
      claims,
    };
  }
  const outline = parseQuietly(eventOutlineSchema, raw);
  const rawId = rawField(raw, 'id');
  return {
    file: file.path,
    event: undefined,
    id: outline?.id ?? (typeof rawId === 'string' ? rawId : undefined),
    questions: outline?.questions,
    scopes: outline?.scopes,
    claims: salvage(rawField(raw, 'claims'), claimSchema),
  };
}

export function loadEvents(
  files: readonly ClassifiedFile[],
  sink: ErrorSink,
): Pick<LoadedCorpus, 'events' | 'claimIds'> {
  const events: LoadedEvent[] = [];
  let claimIds: Set<string> | undefined = new Set<string>();
  for (const file of files.filter((each) => each.kind === 'event')) {
    const raw = readJson(file, sink);
    if (raw === undefined) {
      // Its claims' ids are unknowable, so no reference to a claim can be called unknown.
      claimIds = undefined;
      continue;
    }
    for (const id of rawIds(rawField(raw, 'claims'))) claimIds?.add(id);
    events.push(loadEvent(file, raw, sink));
  }
  return { events, claimIds };
}
