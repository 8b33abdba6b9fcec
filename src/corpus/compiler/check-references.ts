import type { ErrorSink } from '../rules/corpus-error';
import { findCycles } from './find-cycles';
import { formatIssuePath } from './format-issue-path';
import type { LoadedCorpus, Registry } from './loaded-corpus';

/** Reports `id` at `path` unless `known` declares it (or cannot tell: undefined). */
export function checkKnown(
  known: ReadonlySet<string> | undefined,
  id: string | undefined,
  what: string,
  file: string,
  path: readonly PropertyKey[],
  sink: ErrorSink,
): void {
  if (id !== undefined && known !== undefined && !known.has(id)) {
    sink.report(file, formatIssuePath(path), `unknown ${what} "${id}"`);
  }
}

function checkNoCycles<T extends { id: string }>(
  registry: Registry<T>,
  key: string,
  field: 'memberOf' | 'within',
  parentOf: (item: T) => string | undefined,
  sink: ErrorSink,
): void {
  const parents = new Map(registry.items.map(({ value }) => [value.id, parentOf(value)]));
  const indexOf = new Map(registry.items.map(({ index, value }) => [value.id, index]));
  for (const cycle of findCycles(parents)) {
    const [first] = cycle;
    if (first === undefined) continue;
    sink.report(
      registry.file,
      formatIssuePath([key, indexOf.get(first) ?? 0, field]),
      `${field} forms a cycle: ${[...cycle, first].join(' → ')}`,
    );
  }
}

/**
 * References between the registries, from sources and from events (other
 * than their claims): each names something the corpus declares.
 */
export function checkReferences(corpus: LoadedCorpus, sink: ErrorSink): void {
  const { sides, actors, places, topics } = corpus;
  for (const { index, value } of actors.items) {
    checkKnown(sides.ids, value.side, 'side', actors.file, ['actors', index, 'side'], sink);
    checkKnown(
      actors.ids,
      value.memberOf,
      'actor',
      actors.file,
      ['actors', index, 'memberOf'],
      sink,
    );
  }
  checkNoCycles(actors, 'actors', 'memberOf', (actor) => actor.memberOf, sink);
  for (const { index, value } of places.items) {
    checkKnown(places.ids, value.within, 'place', places.file, ['places', index, 'within'], sink);
  }
  checkNoCycles(places, 'places', 'within', (place) => place.within, sink);

  for (const source of corpus.sources) {
    const outlet = source.value.outlet ?? undefined;
    checkKnown(actors.ids, outlet, 'actor', source.file, ['outlet'], sink);
    if (source.text === undefined) {
      sink.report(
        source.file,
        '$.textFile',
        `text file "${source.value.textFile}" not found (${source.textPath})`,
      );
    }
  }

  for (const { file, event } of corpus.events) {
    if (!event) continue;
    event.places.forEach((place, index) => {
      checkKnown(places.ids, place, 'place', file, ['places', index], sink);
    });
    event.topics.forEach((topic, index) => {
      checkKnown(topics.ids, topic, 'topic', file, ['topics', index], sink);
    });
    event.scopes.forEach((scope, index) => {
      checkKnown(places.ids, scope.place, 'place', file, ['scopes', index, 'place'], sink);
    });
  }
}
