import { JSON_LD_POLICY_NAME } from '@/config/trusted-types-policies';
import { jsonLdText } from '@/lib/json-ld/json-ld-text';

/**
 * Production pages enforce Trusted Types, and a script element's text is a
 * guarded sink whatever its type: Chromium refuses `textContent` on a
 * `<script type="application/ld+json">` and reports a text node appended to
 * one. So the text goes through this policy, which the CSP names and which
 * vouches only for what `jsonLdText` writes: JSON, with `<`, `>` and `&`
 * escaped, so it can neither run nor end the element.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

let policy: ScriptPolicy | undefined;

/** True only for text `jsonLdText` would write for the value it parses to. */
export function isJsonLdText(text: string): boolean {
  try {
    return jsonLdText(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

function vouched(text: string): string {
  if (!isJsonLdText(text)) throw new TypeError('refusing script text that is not escaped JSON-LD');
  return text;
}

/** The script text as the page accepts it: a TrustedScript where Trusted Types exist. */
export function trustedJsonLd(text: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return vouched(text);
  // One policy for the page's life: the CSP allows no duplicate of a name.
  policy ??= factory.createPolicy(JSON_LD_POLICY_NAME, { createScript: vouched });
  return policy.createScript(text);
}

const selector = 'script[type="application/ld+json"]';

/**
 * Makes `text` the page's one JSON-LD script and returns what removes it. A
 * script already holding exactly this text (the build's, on a first load) is
 * kept; any other (another event's, another corpus's) is replaced.
 */
export function showJsonLd(doc: Document, text: string): () => void {
  const existing = [...doc.querySelectorAll<HTMLScriptElement>(selector)];
  const kept = existing.find((script) => script.text.trim() === text);
  for (const script of existing) if (script !== kept) script.remove();
  let shown = kept;
  if (!shown) {
    shown = doc.createElement('script');
    shown.type = 'application/ld+json';
    // A TrustedScript where the browser has them, which the `text` setter accepts.
    shown.text = trustedJsonLd(text) as string;
    doc.head.append(shown);
  }
  const script = shown;
  return () => {
    script.remove();
  };
}
