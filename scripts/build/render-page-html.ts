import { escapeHtml } from './escape-html.ts';
import type { PageMeta } from './page-meta.ts';

const titlePattern = /<title>[\s\S]*?<\/title>/i;
const descriptionPattern = /<meta\s+name="description"[^>]*>/i;

function absoluteUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/** `?lang=ar` is the app's language override (src/lib/url-search.ts). */
function withLang(url: string, lang: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
}

function headTags(meta: PageMeta, siteUrl: string | undefined): string[] {
  const url = absoluteUrl(meta.path, siteUrl);
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const href = escapeHtml(url);
  return [
    `<meta property="og:site_name" content="Riwaya" />`,
    `<meta property="og:type" content="${meta.ogType}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    // Crawlers need an absolute og:url; without SITE_URL a relative one would mislead them.
    ...(siteUrl ? [`<meta property="og:url" content="${href}" />`] : []),
    ...(siteUrl ? [`<link rel="canonical" href="${href}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    // hreflang alternates must be absolute too (search engines ignore relative ones).
    ...(siteUrl
      ? [
          `<link rel="alternate" hreflang="en" href="${href}" />`,
          `<link rel="alternate" hreflang="ar" href="${escapeHtml(withLang(url, 'ar'))}" />`,
          `<link rel="alternate" hreflang="x-default" href="${href}" />`,
        ]
      : []),
  ];
}

function insertBeforeHeadEnd(html: string, tags: string[]): string {
  const at = html.search(/<\/head>/i);
  if (at === -1) throw new Error('built HTML has no </head>');
  return `${html.slice(0, at)}  ${tags.join('\n    ')}\n  ${html.slice(at)}`;
}

/** The shell's own description, so the home page's preview says what the <meta> says. */
export function readShellDescription(shell: string): string {
  const tag = descriptionPattern.exec(shell)?.[0] ?? '';
  const content = /content="([^"]*)"/.exec(tag)?.[1];
  if (content === undefined) throw new Error('index.html has no <meta name="description">');
  return content
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * The built app shell with one page's title, description and link-preview
 * tags. Everything from the corpus is escaped; the shell's scripts and styles
 * are kept as built, so BASE_PATH-prefixed asset URLs stay right.
 */
export function renderPageHtml(
  shell: string,
  meta: PageMeta,
  siteUrl?: string,
  /** Already-safe tags built by the caller, such as the event's JSON-LD. */
  extraHeadTags: readonly string[] = [],
): string {
  if (!titlePattern.test(shell) || !descriptionPattern.test(shell)) {
    throw new Error('index.html must have a <title> and a <meta name="description"> to replace');
  }
  const withHead = shell
    .replace(titlePattern, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(
      descriptionPattern,
      () => `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    );
  return insertBeforeHeadEnd(withHead, [...headTags(meta, siteUrl), ...extraHeadTags]);
}

/** 404.html: the shell itself (the router shows its not-found page), kept out of search results. */
export function renderNotFoundHtml(shell: string): string {
  return insertBeforeHeadEnd(shell, ['<meta name="robots" content="noindex" />']);
}
