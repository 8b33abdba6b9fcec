import { escapeHtml } from './escape-html.ts';
import type { PageMeta } from './page-meta.ts';

const titlePattern = /<title>[\s\S]*?<\/title>/i;
const descriptionPattern = /<meta\s+name="description"[^>]*>/i;

function absoluteUrl(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

function headTags(meta: PageMeta, siteUrl: string | undefined): string[] {
  const url = absoluteUrl(meta.path, siteUrl);
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const href = escapeHtml(url);
  const alternate = (lang: string, path: string) =>
    `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(absoluteUrl(path, siteUrl))}" />`;
  return [
    `<meta property="og:site_name" content="Riwaya" />`,
    `<meta property="og:type" content="${meta.ogType}" />`,
    `<meta property="og:locale" content="${meta.language === 'ar' ? 'ar_SY' : 'en_GB'}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    // Crawlers need an absolute og:url; without SITE_URL a relative one would mislead them.
    ...(siteUrl ? [`<meta property="og:url" content="${href}" />`] : []),
    ...(siteUrl ? [`<link rel="canonical" href="${href}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    // hreflang alternates must be absolute too (search engines ignore relative ones). Each
    // language's page names both, itself included, as search engines require.
    ...(siteUrl
      ? [
          alternate('en', meta.alternates.en),
          alternate('ar', meta.alternates.ar),
          alternate('x-default', meta.alternates.en),
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

/** A page's own parts, each put in its place in the shell. */
type Slot = 'html' | 'title' | 'description' | 'head' | 'root';
const mark = (slot: Slot) => `\u0000${slot}\u0000`;

/** The shell with its title, description and the end of its head marked for a page's own. */
function markHead(shell: string): string {
  if (!titlePattern.test(shell) || !descriptionPattern.test(shell)) {
    throw new Error('index.html must have a <title> and a <meta name="description"> to replace');
  }
  if (shell.includes('\u0000')) throw new Error('index.html holds a NUL character');
  return insertBeforeHeadEnd(
    shell
      .replace(titlePattern, () => mark('title'))
      .replace(descriptionPattern, () => mark('description')),
    [mark('head')],
  );
}

/** A page's title, description and head tags, for the slots `markHead` leaves. */
function headParts(
  meta: PageMeta,
  siteUrl: string | undefined,
  extraHeadTags: readonly string[],
): Pick<Record<Slot, string>, 'title' | 'description' | 'head'> {
  return {
    title: `<title>${escapeHtml(meta.title)}</title>`,
    description: `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    head: [...headTags(meta, siteUrl), ...extraHeadTags].join('\n    '),
  };
}

/** The marked shell's pieces with each slot filled: literal text at even places, slots at odd. */
function fill(pieces: readonly string[], parts: Partial<Record<Slot, string>>): string {
  return pieces.map((piece, at) => (at % 2 === 1 ? (parts[piece as Slot] ?? '') : piece)).join('');
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
  return fill(markHead(shell).split('\u0000'), headParts(meta, siteUrl, extraHeadTags));
}

const htmlTagPattern = /<html[^>]*>/i;
const emptyRoot = '<div id="root"></div>';
const shellNoscriptPattern = /\s*<noscript>[\s\S]*?<\/noscript>/i;

/** What the app rendered for a page (src/entry-server.tsx), to put in the shell's #root. */
export interface RenderedBody {
  html: string;
  /** The page's state, written as JSON data the app reads before it hydrates. */
  state: unknown;
  stateElementId: string;
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can appear in it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/**
 * The shell cut once into the pieces around a page's own parts, for a function that fills them
 * for each page: the same HTML as `renderPrerenderedHtml`, without searching the shell again for
 * each of 96,000 pages.
 */
export function prerenderedPageTemplate(
  shell: string,
): (
  meta: PageMeta,
  body: RenderedBody,
  siteUrl?: string,
  extraHeadTags?: readonly string[],
) => string {
  if (!htmlTagPattern.test(shell) || !shell.includes(emptyRoot)) {
    throw new Error('index.html must have an <html> tag and an empty <div id="root"></div>');
  }
  const pieces = markHead(shell)
    .replace(htmlTagPattern, () => mark('html'))
    // The shell's "needs JavaScript" note goes: the view says itself which controls need script.
    .replace(shellNoscriptPattern, '')
    .replace(emptyRoot, () => mark('root'))
    .split('\u0000');
  return (meta, body, siteUrl, extraHeadTags = []) => {
    const dir = meta.language === 'ar' ? 'rtl' : 'ltr';
    const state = `<script type="application/json" id="${body.stateElementId}">${scriptSafeJson(body.state)}</script>`;
    return fill(pieces, {
      ...headParts(meta, siteUrl, extraHeadTags),
      html: `<html lang="${meta.language}" dir="${dir}">`,
      root: `<div id="root">${body.html}</div>\n    ${state}`,
    });
  };
}

/**
 * A prerendered page: the shell in the page's language and direction (`<html lang dir>` from
 * the first byte), its head tags, the rendered view in #root, and the state the app hydrates
 * it with, as an `application/json` element (data, not script: the CSP allows it). The shell's
 * "needs JavaScript" note goes: the view says itself which controls need script.
 */
export function renderPrerenderedHtml(
  shell: string,
  meta: PageMeta,
  body: RenderedBody,
  siteUrl?: string,
  extraHeadTags: readonly string[] = [],
): string {
  return prerenderedPageTemplate(shell)(meta, body, siteUrl, extraHeadTags);
}
