import { paths } from '../../src/config/paths.ts';
import type { CorpusIndex, EventSummary, SourceSummary } from '../../src/corpus/shards.ts';

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

/**
 * Where the page of the view at `href` (`/events/x`) is written: `events/x/index.html`, the
 * folder page a static host serves for that URL.
 */
export function pageFile(href: string): string {
  return `${decodeURIComponent(href.slice(1))}/index.html`;
}

/** A view's page: its file in the build, and its link preview's URL path under the base. */
function page(root: string, href: string, meta: Omit<PageMeta, 'path'>): PageEntry {
  return { file: pageFile(href), meta: { ...meta, path: `${root}${href.slice(1)}` } };
}

/** App pages that exist whatever the corpus holds, with what a link preview should say. */
const fixedPages = [
  {
    href: paths.timeline.getHref(),
    title: 'Timeline',
    description:
      'When each party said what: events and claims on a time axis, with the list’s filters.',
  },
  {
    href: paths.actors.getHref(),
    title: 'Parties',
    description:
      'Every party in the corpus by side and kind: how many claims it made, in how many events, and on how many questions others contradict it.',
  },
  {
    href: paths.corpora.getHref(),
    title: 'Corpora',
    description: 'The bundled corpus and the ones imported in this browser.',
  },
  {
    href: paths.sources.getHref(),
    title: 'Sources',
    description:
      'Every article the corpus quotes: outlet, title, date, language, and how many claims and events cite it.',
  },
] as const;

/** One entry per event, source, party and fixed page, at each view's URL (src/config/paths.ts). */
export function pageEntries(index: PageIndex, base: string): PageEntry[] {
  const root = normaliseBase(base);
  const outletNames = new Map(index.actors.map((actor) => [actor.id, actor.name.en]));

  const events = index.events.map((event) =>
    page(root, paths.event.getHref(event.id), {
      title: `${event.title.en} — ${APP_NAME}`,
      description: event.summary.en,
      ogType: 'article',
    }),
  );

  const sources = index.sources.map((source): PageEntry => {
    const outlet = source.outlet ? outletNames.get(source.outlet) : undefined;
    const byline = [outlet, source.published.value].filter(Boolean).join(', ');
    return page(root, paths.source.getHref(source.id), {
      title: `${source.titleTranslation?.en ?? source.title} — ${APP_NAME}`,
      description: `${byline ? `${byline}. ` : ''}Original title: ${source.title}. The source text with every claim quoted from it highlighted.`,
      ogType: 'article',
    });
  });

  const actors = index.actors.map((actor) =>
    page(root, paths.actor.getHref(actor.id), {
      title: `${actor.name.en} — ${APP_NAME}`,
      description: `${actor.name.en} (${actor.name.ar}): every claim it made in this corpus, and who contradicts it.`,
      ogType: 'website',
    }),
  );

  const pages = fixedPages.map((fixed) =>
    page(root, fixed.href, {
      title: `${fixed.title} — ${APP_NAME}`,
      description: fixed.description,
      ogType: 'website',
    }),
  );

  return [...events, ...sources, ...actors, ...pages];
}
