import { z } from 'zod';

/**
 * Production builds enforce `require-trusted-types-for 'script'` (see
 * SECURITY.md), which also forbids turning strings into code. Zod compiles a
 * fast object parser with `new Function` and, even when that is refused,
 * probes for it first; the refused probe is still reported as a CSP
 * violation. Jitless mode skips both, at some parse speed.
 *
 * This must run before any schema is defined (zod decides per z.object() at
 * definition), so src/main.tsx imports this module first.
 *
 * HTML needs no policy of ours: src/components/safe-html.tsx gets TrustedHTML
 * from DOMPurify's own "dompurify" policy, the only name the CSP allows.
 */
z.config({ jitless: true });
