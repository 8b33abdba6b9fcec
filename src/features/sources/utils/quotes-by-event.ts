import type { SourceShard } from '@/corpus/shards';

type Quote = SourceShard['quotes'][number];

export interface EventQuotes {
  event: string;
  quotes: Quote[];
}

/**
 * A source's quotes grouped by the event whose claims they back: events in the corpus's order
 * (`eventOrder`, the index's), an event the index does not know last; quotes in text order.
 */
export function quotesByEvent(
  quotes: readonly Quote[],
  eventOrder: ReadonlyMap<string, number>,
): EventQuotes[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.event);
    if (group) group.push(quote);
    else groups.set(quote.event, [quote]);
  }
  const position = (event: string) => eventOrder.get(event) ?? Number.MAX_SAFE_INTEGER;
  return [...groups]
    .map(([event, grouped]) => ({
      event,
      quotes: grouped.sort((a, b) => a.start - b.start || (a.claim < b.claim ? -1 : 1)),
    }))
    .sort((a, b) => position(a.event) - position(b.event) || (a.event < b.event ? -1 : 1));
}
