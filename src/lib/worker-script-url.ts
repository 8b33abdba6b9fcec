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
let vouched: readonly string[] = [];

/**
 * The app's own worker files, as the build names them (`?worker&url` imports): the only
 * script URLs the policy ever vouches for. The app names them once, before it starts
 * (src/app/worker-scripts.ts), so no caller can add another.
 */
export function vouchForWorkerScripts(urls: readonly string[]): void {
  vouched = [...urls];
}

/** Exactly one of the vouched files, resolved as a Worker resolves its URL. */
function isVouched(url: string): boolean {
  return vouched.some((file) => new URL(file, document.baseURI).href === url);
}

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
 * The URL to construct a worker with (absolute), or undefined when this page may not start
 * it: its CSP names no policy for workers, or the URL is not one of the app's own worker
 * files. The caller then does the work on the main thread.
 */
export function workerScriptUrl(url: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const csp = cspDirectives();
  if (!factory || !csp?.has('require-trusted-types-for')) return url;
  if (!csp.get('trusted-types')?.includes(WORKER_POLICY_NAME) || !isVouched(url)) {
    return undefined;
  }
  policy ??= factory.createPolicy(WORKER_POLICY_NAME, {
    createScriptURL: (input) => {
      if (!isVouched(input)) throw new TypeError(`refusing worker script ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(url);
}
