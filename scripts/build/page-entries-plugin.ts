import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { paths } from '../../src/config/paths.ts';
import { injectCspMeta } from './content-security-policy.ts';
import { directoryIndexUrl } from './directory-index-url.ts';
import { eventJsonLdTag } from './event-json-ld.ts';
import { APP_NAME, normaliseBase, pageEntries, pageFile } from './page-meta.ts';
import { readCompiledCorpus, type CompiledCorpus } from './read-compiled-corpus.ts';
import { readShellDescription, renderNotFoundHtml, renderPageHtml } from './render-page-html.ts';

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

/** Each event page carries its claims as schema.org JSON-LD, read from the compiled shard. */
function eventJsonLdTags(
  corpus: CompiledCorpus,
  base: string,
  siteUrl: string | undefined,
): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [id, shard] of corpus.eventShards) {
    tags.set(pageFile(paths.event.getHref(id)), eventJsonLdTag(corpus.index, shard, base, siteUrl));
  }
  return tags;
}

async function writePage(outDir: string, file: string, html: string) {
  const target = path.join(outDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, html);
}

/**
 * Production build: the CSP <meta> in the built HTML, then one HTML entry per
 * event and per source plus 404.html, each the app shell with its own title
 * and link-preview tags, so any static host serves deep links without rewrite
 * rules and a pasted link shows what it points to.
 */
function buildPlugin(options: PageEntriesOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'riwaya:page-entries',
    apply: 'build',
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

      const home = renderPageHtml(
        shell,
        {
          title: APP_NAME,
          description: readShellDescription(shell),
          ogType: 'website',
          path: base,
        },
        siteUrl,
      );
      await writePage(outDir, 'index.html', home);
      await writePage(outDir, '404.html', renderNotFoundHtml(shell));
      const entries = pageEntries({ ...corpus.index, sources: corpus.sources }, base);
      const jsonLd = eventJsonLdTags(corpus, base, siteUrl);
      for (const entry of entries) {
        const extra = jsonLd.get(entry.file);
        await writePage(
          outDir,
          entry.file,
          renderPageHtml(shell, entry.meta, siteUrl, extra === undefined ? [] : [extra]),
        );
      }
      config.logger.info(`riwaya: wrote ${entries.length} page entries and 404.html`);
    },
  };
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
        const rewritten =
          req.url === undefined
            ? undefined
            : directoryIndexUrl(req.url, base, (file) => existsSync(path.join(outDir, file)));
        if (rewritten) req.url = rewritten;
        next();
      });
    },
  };
}

export function pageEntriesPlugin(options: PageEntriesOptions = {}): Plugin[] {
  return [buildPlugin(options), previewPlugin()];
}
