import { z } from 'zod';

/**
 * The one door to zod in src/: every schema imports `z` from here (ESLint bans a bare 'zod'
 * import), so zod is configured before any schema exists, in the build, the worker, the
 * compiler and the tests alike. It lives in src/corpus because the schemas do, and src/corpus
 * imports nothing from the rest of the app.
 *
 * Production builds enforce `require-trusted-types-for 'script'` (see SECURITY.md), which also
 * forbids turning strings into code. Zod compiles a fast object parser with `new Function` and,
 * even when that is refused, probes for it first; the refused probe is still reported as a CSP
 * violation. Jitless mode skips both, at some parse speed. It must be set before a schema is
 * defined (zod decides per z.object() at definition); ES modules run this body before the body
 * of any module that imports it, whichever chunk loads first.
 */
z.config({ jitless: true });

export { z };
