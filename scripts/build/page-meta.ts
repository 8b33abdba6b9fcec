import type { CorpusIndex, EventSummary, SourceSummary } from '../../src/corpus/shards';

export const APP_NAME = 'Riwaya';

/** What a shared link's preview shows for one page; plain text, escaped when rendered. */
export interface PageMeta {
  title: string;
  description: string;
  ogType: 'website' | 'article';
  /** The page's URL path, base included (`/riwaya/events/x`). */
  path: string;
}

/** The parts of the compiled index the pages need; the rest may change freely. */
export interface PageIndex {
  events: readonly Pick<EventSummary, 'id' | 'title' | 'summary'>[];
  sources: readonly Pick<
    SourceSummary,
    'id' | 'outlet' | 'title' | 'titleTranslation' | 'published'
  >[];
  actors: readonly Pick<CorpusIndex['actors'][number], 'id' | 'name'>[];
}

export interface PageEntry {
  /** Where the page's HTML goes, relative to the build's outDir. */
  file: string;
  meta: PageMeta;
}

/** `/` and `/riwaya/` stay; `/riwaya` gains its slash so paths join cleanly. */
export function normaliseBase(base: string): string {
  if (!base.startsWith('/')) {
    // Nested pages (events/<id>/index.html) would resolve relative asset URLs
    // against their own folder and load nothing.
    throw new Error(`BASE_PATH must be an absolute path such as "/" or "/riwaya/", got "${base}"`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/** One entry per event and per source, mirroring the routes in src/config/paths.ts. */
export function pageEntries(index: PageIndex, base: string): PageEntry[] {
  const root = normaliseBase(base);
  const outletNames = new Map(index.actors.map((actor) => [actor.id, actor.name.en]));

  const events = index.events.map((event): PageEntry => ({
    file: `events/${event.id}/index.html`,
    meta: {
      title: `${event.title.en} — ${APP_NAME}`,
      description: event.summary.en,
      ogType: 'article',
      path: `${root}events/${encodeURIComponent(event.id)}`,
    },
  }));

  const sources = index.sources.map((source): PageEntry => {
    const outlet = source.outlet ? outletNames.get(source.outlet) : undefined;
    const byline = [outlet, source.published.value].filter(Boolean).join(', ');
    return {
      file: `sources/${source.id}/index.html`,
      meta: {
        title: `${source.titleTranslation?.en ?? source.title} — ${APP_NAME}`,
        description: `${byline ? `${byline}. ` : ''}Original title: ${source.title}. The source text with every claim quoted from it highlighted.`,
        ogType: 'article',
        path: `${root}sources/${encodeURIComponent(source.id)}`,
      },
    };
  });

  return [...events, ...sources];
}
