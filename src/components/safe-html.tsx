import DOMPurify, { type Config } from 'dompurify';
import { useMemo } from 'react';

/**
 * The one place HTML from outside enters the page. Corpus text comes from
 * warring parties and scraped pages, so the allowlist keeps only phrasing and
 * quotation markup: no style or class (no visual spoofing), no id or name
 * (no DOM clobbering), no SVG or MathML (mutation XSS lives there), and links
 * only to http(s) and mailto.
 */
const allowedTags = [
  'p',
  'br',
  'em',
  'strong',
  'b',
  'i',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'code',
  'mark',
  'span',
];

/** Which element may carry which attribute; DOMPurify's own list is global, so a hook narrows it. */
const attributesByTag: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  span: ['lang', 'dir'],
};

// DOMPurify strips whitespace and control characters before testing, so "java\tscript:" fails too.
const allowedUri = /^(?:https?:|mailto:)/i;
const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const directions = new Set(['ltr', 'rtl', 'auto']);

/**
 * Bidi embeddings and overrides (U+202A–U+202E) make text read differently
 * from what it is ("Trojan Source"); marks and isolates are kept, Arabic
 * text needs them and they cannot leak out of the isolated container.
 */
const bidiOverrides = /[\u202A-\u202E]/g;

const config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: ['href', 'lang', 'dir'],
  ALLOWED_URI_REGEXP: allowedUri,
  // DOMPurify tests every other attribute's value against the URI pattern; the hook checks these.
  ADD_URI_SAFE_ATTR: ['lang', 'dir'],
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'target', 'rel', 'srcset', 'src', 'xlink:href'],
  FORBID_TAGS: ['svg', 'math', 'style', 'template', 'noscript', 'iframe', 'form', 'img'],
  // A TrustedHTML object when the browser enforces Trusted Types: DOMPurify
  // then creates its own policy, named "dompurify", which the CSP must allow.
  RETURN_TRUSTED_TYPE: true,
} satisfies Config;

// An instance of our own: hooks added here do not reach other DOMPurify users.
const purify = DOMPurify();

purify.addHook('uponSanitizeAttribute', (node, data) => {
  const allowed = attributesByTag[node.nodeName.toLowerCase()] ?? [];
  const value = data.attrValue.trim();
  if (
    !allowed.includes(data.attrName) ||
    (data.attrName === 'dir' && !directions.has(value.toLowerCase())) ||
    (data.attrName === 'lang' && !languageTag.test(value))
  ) {
    data.keepAttr = false;
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  // A link leaves the app in a new tab and tells the other site nothing about the reader.
  if (node.nodeName.toLowerCase() === 'a' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Sanitised markup: a TrustedHTML where Trusted Types exist, a string elsewhere. */
export function sanitizeHtml(html: string): TrustedHTML | string {
  return purify.sanitize(html.replace(bidiOverrides, ''), config);
}

interface SafeHtmlProps {
  html: string;
  /** Inline where the markup sits inside a sentence, block otherwise. */
  as?: 'div' | 'span';
  lang?: string;
  /** Defaults to "auto": the element isolates its bidi context from the page around it. */
  dir?: 'ltr' | 'rtl' | 'auto';
  className?: string;
}

export function SafeHtml({ html, as: Tag = 'div', lang, dir = 'auto', className }: SafeHtmlProps) {
  // Memoised: React re-assigns innerHTML whenever the value's identity changes.
  const clean = useMemo(() => ({ __html: sanitizeHtml(html) }), [html]);
  return <Tag lang={lang} dir={dir} className={className} dangerouslySetInnerHTML={clean} />;
}
