import type { LanguageCode } from '../../src/config/languages.ts';
import type { PageMeta } from './page-meta.ts';

/** One page for a prerender worker to render and write. */
export interface PrerenderJob {
  /** The URL the app renders, base path included (`/riwaya/ar/events/x`). */
  url: string;
  /** Where the page goes, relative to the build's outDir. */
  file: string;
  meta: PageMeta;
  /** The event a comparison shows, for its JSON-LD. */
  eventId?: string | undefined;
  /** Corpus files the page's view is known to read (page-reads.ts), read before it renders. */
  reads?: readonly string[];
  /** 404.html: the not-found view, kept out of search results. */
  notFound?: boolean;
}

/** What src/entry-server.tsx gives for one page; its module is loaded by file, once built. */
export interface RenderedPage {
  language: 'en' | 'ar';
  html: string;
  state: unknown;
}

export type RenderPage = (
  url: string,
  readCorpusFile: (file: string) => Promise<unknown>,
  notFound: boolean,
  reads: readonly string[],
) => Promise<RenderedPage>;

/** What every worker shares. */
export interface PrerenderSetup {
  /** The compiled src/entry-server.tsx. */
  serverEntry: string;
  shell: string;
  outDir: string;
  corpusDir: string;
  base: string;
  siteUrl: string | undefined;
  /** `<link rel="preload">` tags for each language's first-screen fonts (font-preloads.ts). */
  fontPreloads: Record<LanguageCode, string[]>;
}
