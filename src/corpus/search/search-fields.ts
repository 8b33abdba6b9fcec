/**
 * Where a run of an event's search words comes from: its title and summary in one language, a
 * party's names, a place's or topic's, or a party's quotes, their translations or gists. A
 * plain list, without zod, so the views that read search runs do not load the schemas.
 */
export const SEARCH_FIELDS = [
  'event-ar',
  'event-en',
  'party',
  'place',
  'topic',
  'quote',
  'translation',
  'gist',
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];
