import { prepareSearchText } from '../search/search-text';
import { distinctWords, labelSearchText, namesSearchText } from '../search/search-words';
import type { EventShard } from '../shards';
import type { LoadedCorpus } from './loaded-corpus';
import { partiesOf } from '../rules/question-status';

/**
 * Everything a reader's search looks through for one event, as its distinct
 * prepared words: titles and summaries, the names and aliases of its parties,
 * places and topics, and every quote, translation and gist (so "overheating"
 * finds the L-39's landing, though no quote or translation says it). The app loads these on
 * the first search, so it prepares nothing itself once they are in.
 */
export function eventSearchTextMaker(corpus: LoadedCorpus): (shard: EventShard) => string {
  const texts = <T extends { id: string }>(
    registry: { items: { value: T }[] },
    prepare: (item: T) => string,
  ) => new Map(registry.items.map(({ value }) => [value.id, prepare(value)]));
  const actors = texts(corpus.actors, namesSearchText);
  const places = texts(corpus.places, namesSearchText);
  const topics = texts(corpus.topics, labelSearchText);
  const known = (ids: readonly string[], prepared: ReadonlyMap<string, string>) =>
    ids.flatMap((id) => prepared.get(id) ?? []);

  return ({ event, claims }) =>
    distinctWords([
      prepareSearchText(
        [event.title.ar, event.title.en, event.summary.ar, event.summary.en].join('\n'),
      ),
      ...known(partiesOf(claims), actors),
      ...known(event.places, places),
      ...known(event.topics, topics),
      prepareSearchText(
        claims
          .flatMap((claim) => [
            claim.quote,
            claim.translation ?? '',
            claim.gist?.ar ?? '',
            claim.gist?.en ?? '',
          ])
          .join('\n'),
      ),
    ]);
}
