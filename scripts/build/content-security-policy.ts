import {
  JSON_LD_POLICY_NAME,
  WORKER_POLICY_NAME,
} from '../../src/config/trusted-types-policies.ts';

/**
 * The production Content Security Policy, in one place for the built HTML's
 * <meta> and for the response header documented in SECURITY.md.
 *
 * Every script, style, font and image is a file the build emits under our own
 * origin, so 'self' suffices; nothing inline is allowed. Trusted Types blocks
 * string-to-HTML sinks except through three named policies: DOMPurify's own,
 * which src/components/safe-html.tsx gets TrustedHTML from (RETURN_TRUSTED_TYPE);
 * riwaya-worker, which vouches for the app's own Worker files by their exact
 * URLs (the corpus import's and the workbench's check, src/app/worker-scripts.ts);
 * and riwaya-jsonld, which vouches
 * only for the escaped JSON that jsonLdText writes, as the text of the
 * comparison's schema.org script (src/features/exports). No 'allow-duplicates':
 * a second policy of any of these names, or any other, fails.
 */
export const TRUSTED_TYPES_POLICIES = [
  'dompurify',
  WORKER_POLICY_NAME,
  JSON_LD_POLICY_NAME,
] as const;

const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Prerendered markup carries the timeline's and the figures' positions as style attributes
  // (React sets the same values through the CSSOM once it runs). Attributes only: <style>
  // elements and stylesheets stay 'self', and an attribute cannot run script.
  ['style-src-attr', "'unsafe-inline'"],
  ['font-src', "'self'"],
  ['img-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', TRUSTED_TYPES_POLICIES.join(' ')],
];

/** Browsers ignore (and warn about) frame-ancestors in a <meta>; it only works as a header. */
const headerOnlyDirectives: [string, string][] = [['frame-ancestors', "'none'"]];

function serialise(list: [string, string][]): string {
  return list.map(([name, value]) => `${name} ${value}`).join('; ');
}

export const cspMetaContent = serialise(directives);
export const cspHeaderValue = serialise([...directives, ...headerOnlyDirectives]);

export const cspMetaTag = `<meta http-equiv="Content-Security-Policy" content="${cspMetaContent}" />`;

/**
 * Puts the policy first in <head>: a <meta> CSP governs only what the parser
 * meets after it, so it must precede every script and stylesheet link.
 */
export function injectCspMeta(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('built HTML has no <head>; cannot add the Content Security Policy');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${cspMetaTag}${html.slice(at)}`;
}
