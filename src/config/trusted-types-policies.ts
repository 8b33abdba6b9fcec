/**
 * The Trusted Types policies this app creates (DOMPurify names its own, 'dompurify'). The production CSP lists exactly these
 * (scripts/build/content-security-policy.ts), and the code that creates each one uses the same
 * name, so the two cannot drift apart.
 */
/** Vouches for the app's own Worker files only (src/app/worker-scripts.ts), each by its exact URL. */
export const WORKER_POLICY_NAME = 'riwaya-worker';
/** Vouches only for the escaped JSON that jsonLdText writes into the schema.org script. */
export const JSON_LD_POLICY_NAME = 'riwaya-jsonld';
