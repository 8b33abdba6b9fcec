import { WORKER_POLICY_NAME } from '@/config/trusted-types-policies';
/**
 * Production pages enforce Trusted Types (`require-trusted-types-for
 * 'script'`), and a Worker's script URL is one of the guarded sinks: a plain
 * string is refused. A policy may only be created under a name the CSP's
 * `trusted-types` directive lists, and trying another name is itself a
 * violation, so the page's own CSP <meta> is read first.
 */

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

function cspDirectives(): Map<string, string[]> | undefined {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const content = meta?.getAttribute('content');
  if (!content) return undefined;
  return new Map(
    content.split(';').flatMap((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return name ? [[name.toLowerCase(), values] as const] : [];
    }),
  );
}

/**
 * The URL to construct the worker with, or undefined when this page may not
 * start one (its CSP names no policy for it): the caller then validates on
 * the main thread. Only the one worker URL is ever vouched for.
 */
export function workerScriptUrl(url: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const csp = cspDirectives();
  if (!factory || !csp?.has('require-trusted-types-for')) return url;
  if (!csp.get('trusted-types')?.includes(WORKER_POLICY_NAME)) return undefined;
  policy ??= factory.createPolicy(WORKER_POLICY_NAME, {
    createScriptURL: (input) => {
      if (input !== url) throw new TypeError(`refusing worker script ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(url);
}
