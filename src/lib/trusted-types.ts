import { z } from 'zod';

/**
 * Production builds enforce `require-trusted-types-for 'script'` (see
 * SECURITY.md), which also forbids turning strings into code. Zod compiles a
 * fast object parser with `new Function` and, even when that is refused,
 * probes for it first; the refused probe is still reported as a CSP
 * violation. Jitless mode skips both, at some parse speed.
 *
 * This must run before any schema is defined (zod decides per z.object() at
 * definition). Zod loads lazily, from several chunks, so no import order in
 * main.tsx could promise that. Instead the build resolves every app import of
 * 'zod' to this module (vite.config.ts): whoever defines a schema imports
 * zod through here, and ES modules run this body before the importer's.
 * The corpus-validation worker imports it first, for the same reason.
 *
 * HTML needs no policy of ours: src/components/safe-html.tsx gets TrustedHTML
 * from DOMPurify's own "dompurify" policy, the only name the CSP allows.
 */
z.config({ jitless: true });

export * from 'zod';
