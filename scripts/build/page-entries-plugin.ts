import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { injectCspMeta } from './content-security-policy.ts';
import { directoryIndexUrl } from './directory-index-url.ts';
import { languagePath } from '../../src/config/paths.ts';
import { normaliseBase, pageEntries, pageFile } from './page-meta.ts';
import type { PrerenderJob } from './prerender-job.ts';
import { pageReads } from './page-reads.ts';
import { fontPreloadTags } from './font-preloads.ts';
import { prerenderPages } from './prerender-pages.ts';
import { readCompiledCorpus } from './read-compiled-corpus.ts';
import { readShellDescription } from './render-page-html.ts';

interface PageEntriesOptions {
  /** Origin (and optional path) the site is served from; enables og:url and canonical. */
  siteUrl?: string | undefined;
}

function parseSiteUrl(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const url = new URL(siteUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, got "${siteUrl}"`);
  }
  return url.href;
}

const notFoundTitles = { en: 'Page not found — Riwaya', ar: 'الصفحة غير موجودة — رواية' };

/**
 * Production build: the CSP <meta> in the built HTML, then every page the corpus defines,
 * in English and under /ar/ in Arabic, rendered by the app itself (prerender-pages.ts): the
 * list, each event, source and party, the indexes, the timeline, the corpora page and
 * 404.html. Each is a real page with its own title, link-preview tags and language, so any
 * static host serves deep links without rewrite rules, and the page reads without script.
 */
function buildPlugin(options: PageEntriesOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'riwaya:page-entries',
    // Not in the prerender's own server build (prerender-pages.ts), which this plugin starts.
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    // Not in dev: Vite's dev server injects inline scripts the policy would block.
    transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html) },
    // writeBundle, not closeBundle: it runs only when the bundle was written,
    // so a failed build never leaves half-made pages behind.
    async writeBundle(_output, bundle) {
      const asset = bundle['index.html'];
      if (asset?.type !== 'asset') throw new Error('the build emitted no index.html');
      const shell =
        typeof asset.source === 'string'
          ? asset.source
          : Buffer.from(asset.source).toString('utf8');
      const siteUrl = parseSiteUrl(options.siteUrl);
      const base = normaliseBase(config.base);
      const outDir = path.resolve(config.root, config.build.outDir);
      const corpus = await readCompiledCorpus(config.publicDir);
      const started = performance.now();

      const entries = pageEntries(
        { ...corpus.index, sources: corpus.sources },
        base,
        readShellDescription(shell),
      );
      const readsOf = pageReads(corpus.index, corpus.sources);
      const jobs: PrerenderJob[] = entries.map((entry) => ({
        url: entry.meta.path,
        file: entry.file,
        meta: entry.meta,
        eventId: entry.eventId,
        reads: readsOf(entry),
      }));
      // Served by static hosts at any address the corpus does not define; hosts that look for
      // the nearest 404.html (Cloudflare Pages, the preview server) give /ar/… the Arabic one.
      for (const language of ['en', 'ar'] as const) {
        const home = entries.find((entry) => entry.file === pageFile(languagePath('/', language)));
        if (!home) throw new Error(`no home page entry in ${language}`);
        jobs.push({
          url: `${base}${languagePath('/', language).slice(1)}404`,
          file: languagePath('/404.html', language).slice(1),
          meta: { ...home.meta, title: notFoundTitles[language] },
          notFound: true,
        });
      }
      const written = await prerenderPages(
        config,
        {
          shell,
          outDir,
          corpusDir: path.join(config.publicDir, 'corpus'),
          base,
          siteUrl,
          fontPreloads: fontPreloadTags(Object.keys(bundle), base),
        },
        jobs,
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(`riwaya: prerendered ${written} pages in ${seconds} s`);
    },
  };
}

/** An address under the base that names no file (a view the corpus does not define). */
function isMissingPage(url: string, base: string, exists: (file: string) => boolean): boolean {
  const pathname = url.split(/[?#]/)[0] ?? '';
  if (!pathname.startsWith(base) || /\.[^/]*$/.test(pathname)) return false;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return false;
  }
  if (relative.split('/').includes('..')) return false;
  const folder = relative.replace(/\/$/, '');
  return !exists(folder) && !exists(folder === '' ? 'index.html' : `${folder}/index.html`);
}

/** `vite preview` (the e2e server) answers `/events/<id>` with that page's own HTML. */
function previewPlugin(): Plugin {
  return {
    name: 'riwaya:page-entries-preview',
    configurePreviewServer(server) {
      const { root, base, build } = server.config;
      const outDir = path.resolve(root, build.outDir);
      // Registered directly, so it runs before Vite's SPA fallback.
      server.middlewares.use((req, _res, next) => {
        const exists = (file: string) => existsSync(path.join(outDir, file));
        const rewritten =
          req.url === undefined ? undefined : directoryIndexUrl(req.url, base, exists);
        if (rewritten) req.url = rewritten;
        // Like a static host, an address with no page gets 404.html (the not-found view), not
        // the list's page, which would show the list until the app replaced it.
        else if (req.url !== undefined && isMissingPage(req.url, base, exists)) {
          const arabic = req.url.startsWith(`${base}ar/`);
          req.url = `${base}${arabic ? 'ar/' : ''}404.html`;
        }
        next();
      });
    },
  };
}

export function pageEntriesPlugin(options: PageEntriesOptions = {}): Plugin[] {
  return [buildPlugin(options), previewPlugin()];
}
