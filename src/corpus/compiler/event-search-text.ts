import { prepareSearchText } from '../search/search-text';
import { segmentedWords, type SearchSource } from '../search/search-segments';
import { labelSearchText, namesSearchText } from '../search/search-words';
import type { EventShard, SearchShard } from '../shards';
import type { LoadedCorpus } from './loaded-corpus';
import { partiesOf } from '../rules/question-status';

type Claim = EventShard['claims'][number];

/** Each party's texts of one kind, by the party's position in `parties`. */
function byParty(
  claims: readonly Claim[],
  parties: readonly string[],
  field: 'quote' | 'translation' | 'gist',
  texts: (claim: Claim) => (string | undefined)[],
): SearchSource[] {
  const prepared = parties.map((): string[] => []);
  for (const claim of claims) {
    const own = prepared[parties.indexOf(claim.saidBy)];
    for (const text of texts(claim)) if (text) own?.push(prepareSearchText(text));
  }
  return prepared.map((texts, party) => ({ field, party, prepared: texts }));
}

/**
 * Everything a reader's search looks through for one event, as its distinct
 * prepared words: titles and summaries, the names and aliases of its parties,
 * places and topics, and every quote, translation and gist (so "overheating"
 * finds the L-39's landing, though no quote or translation says it). The app loads these on
 * the first search, so it prepares nothing itself once they are in. Words are
 * ordered by where they are first met, most visible first, with runs naming
 * their source, so a card can say a search matched "in a quote by Hmeimim base".
 */
export function eventSearchTextMaker(
  corpus: LoadedCorpus,
): (shard: EventShard) => ReturnType<typeof segmentedWords> {
  const texts = <T extends { id: string }>(
    registry: { items: { value: T }[] },
    prepare: (item: T) => string,
  ) => new Map(registry.items.map(({ value }) => [value.id, prepare(value)]));
  const actors = texts(corpus.actors, namesSearchText);
  const places = texts(corpus.places, namesSearchText);
  const topics = texts(corpus.topics, labelSearchText);
  const known = (ids: readonly string[], prepared: ReadonlyMap<string, string>) =>
    ids.flatMap((id) => prepared.get(id) ?? []);

  return ({ event, claims }) => {
    // The index's `parties` for this event, in the same order: runs name a party by position.
    const parties = partiesOf(claims);
    return segmentedWords([
      {
        field: 'event-ar',
        prepared: [prepareSearchText(event.title.ar), prepareSearchText(event.summary.ar)],
      },
      {
        field: 'event-en',
        prepared: [prepareSearchText(event.title.en), prepareSearchText(event.summary.en)],
      },
      ...parties.map((actor, party): SearchSource => ({
        field: 'party',
        party,
        prepared: known([actor], actors),
      })),
      { field: 'place', prepared: known(event.places, places) },
      { field: 'topic', prepared: known(event.topics, topics) },
      ...byParty(claims, parties, 'quote', (claim) => [claim.quote]),
      ...byParty(claims, parties, 'translation', (claim) => [claim.translation]),
      ...byParty(claims, parties, 'gist', (claim) => [claim.gist?.ar, claim.gist?.en]),
    ]);
  };
}

/** The search shard's texts and their segments, event by event. */
export function searchShardTexts(
  corpus: LoadedCorpus,
  shards: readonly EventShard[],
): Pick<SearchShard, 'texts' | 'segments'> {
  const searchText = eventSearchTextMaker(corpus);
  // Entries, not assignment: an event id could be "__proto__".
  const words = shards.map((shard) => [shard.event.id, searchText(shard)] as const);
  return {
    texts: Object.fromEntries(words.map(([id, { text }]) => [id, text])),
    segments: Object.fromEntries(words.map(([id, { segments }]) => [id, segments])),
  };
}
