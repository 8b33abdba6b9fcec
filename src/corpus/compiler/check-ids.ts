import type { ErrorSink } from '../rules/corpus-error';
import { idFromFileName } from './corpus-layout';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus, Registry } from './loaded-corpus';

/** Remembers where each id was first declared, and reports the repeats. */
class FirstSeen {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly what: string,
    private readonly sink: ErrorSink,
  ) {}

  /** `where` is how the first declaration is named in the message of a later one. */
  check(id: string, file: string, path: string, where: string): void {
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, where);
    else this.sink.report(file, path, `duplicate ${this.what} id "${id}" (first at ${first})`);
  }
}

function checkRegistry(
  registry: Registry<{ id: string }>,
  key: string,
  what: string,
  sink: ErrorSink,
): void {
  const ids = new FirstSeen(what, sink);
  for (const { index, value } of registry.items) {
    const path = formatIssuePath([key, index, 'id']);
    ids.check(value.id, registry.file, path, path);
  }
}

function checkFileName(file: string, id: string, sink: ErrorSink): void {
  const expected = idFromFileName(file);
  if (id !== expected) {
    sink.report(file, '$.id', `id "${id}" does not match the file name "${expected}.json"`);
  }
}

/**
 * Ids are unique per kind across the corpus (claims too, since share links
 * name them); questions and scopes within their event. A source or event
 * file is named after its id.
 */
export function checkIds(corpus: LoadedCorpus, sink: ErrorSink): void {
  checkRegistry(corpus.sides, 'sides', 'side', sink);
  checkRegistry(corpus.actors, 'actors', 'actor', sink);
  checkRegistry(corpus.places, 'places', 'place', sink);
  checkRegistry(corpus.topics, 'topics', 'topic', sink);
  checkRegistry(corpus.metrics, 'metrics', 'metric', sink);

  const sources = new FirstSeen('source', sink);
  for (const source of corpus.sources) {
    checkFileName(source.file, source.value.id, sink);
    sources.check(source.value.id, source.file, '$.id', source.file);
  }

  const events = new FirstSeen('event', sink);
  const claims = new FirstSeen('claim', sink);
  for (const event of corpus.events) {
    if (event.id !== undefined) {
      checkFileName(event.file, event.id, sink);
      events.check(event.id, event.file, '$.id', event.file);
    }
    const questions = new FirstSeen('question', sink);
    event.questions?.forEach((question, index) => {
      const path = formatIssuePath(['questions', index, 'id']);
      questions.check(question.id, event.file, path, path);
    });
    const scopes = new FirstSeen('scope', sink);
    event.scopes?.forEach((scope, index) => {
      const path = formatIssuePath(['scopes', index, 'id']);
      scopes.check(scope.id, event.file, path, path);
    });
    for (const { index, value } of event.claims) {
      const path = formatIssuePath(['claims', index, 'id']);
      claims.check(value.id, event.file, path, `${event.file} ${path}`);
    }
  }
}
