import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page, type Route } from '@playwright/test';
import { builtShardFiles } from '../src/corpus/compiler/build-shards';
import { compileCorpus } from '../src/corpus/compiler/compile-corpus';
import { formatCorpusError } from '../src/corpus/rules/corpus-error';
import { readCorpusDir } from '../scripts/corpus/read-corpus-dir';

/**
 * The hostile test corpus (scripts/corpus/fixtures/hostile), compiled in the
 * test process by the same pure compiler the build uses and served to the
 * page through `page.route`, so the production build under test is unchanged.
 */
export const HOSTILE_DIR = 'scripts/corpus/fixtures/hostile';

export interface ServedCorpus {
  /** Shard path under corpus/ ("index.json", "events/x.1a2b3c4d.json") → its exact JSON. */
  files: ReadonlyMap<string, string>;
  eventIds: string[];
  sourceIds: string[];
  actorIds: string[];
}

let compiled: Promise<ServedCorpus> | undefined;

/** Compiled once per worker; a fixture that stops compiling fails loudly with its errors. */
export function hostileCorpus(): Promise<ServedCorpus> {
  compiled ??= readCorpusDir(HOSTILE_DIR, 'hostile').then((corpusFiles) => {
    const result = compileCorpus(corpusFiles, { root: 'hostile' });
    if (!result.ok) {
      throw new Error(
        `hostile fixture does not compile:\n${result.errors.map(formatCorpusError).join('\n')}`,
      );
    }
    const files = new Map([['index.json', JSON.stringify(result.index)]]);
    for (const shard of builtShardFiles(result)) files.set(shard.path, shard.json);
    return {
      files,
      eventIds: result.index.events.map((event) => event.id),
      sourceIds: result.sourceShards.map((shard) => shard.data.source.id),
      actorIds: result.index.actors.map((actor) => actor.id),
    };
  });
  return compiled;
}

/** The vectors, one per line of the English source text ("[v01] <vector>"). */
export async function hostileVectors(): Promise<string[]> {
  const text = await readFile(`${HOSTILE_DIR}/sources/hostile-en.txt`, 'utf8');
  return text.split('\n').flatMap((line) => {
    const match = /^\[v\d{2}\] (.*)$/.exec(line);
    return match?.[1] === undefined ? [] : [match[1]];
  });
}

export type CorpusOverride = (path: string, route: Route) => Promise<boolean> | boolean;

/**
 * Answers every request under corpus/ from `corpus`; `override` may answer
 * first (a 500, broken JSON) and returns true when it did.
 */
export async function serveCorpus(page: Page, corpus: ServedCorpus, override?: CorpusOverride) {
  await page.route('**/corpus/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/corpus\//, '');
    if (override && (await override(path, route))) return;
    const body = corpus.files.get(path);
    await (body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'application/json', body }));
  });
}

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/**
 * Nothing ran and nothing was injected: no `window.__xss`, no image or frame
 * from the corpus, no inline handler, no script but the app's own bundle.
 */
export async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    xss: typeof window.__xss,
    injected: Array.from(
      document.querySelectorAll(
        'img[src="x"], img[src="1"], img[name], iframe, object, embed, svg script, math, base, ' +
          'meta[http-equiv="refresh"], marquee, template, x, a#__xss, form#location, ' +
          'form[name="location"], input[name="attributes"], input[name="href"]',
      ),
    ).map((element) => element.outerHTML.slice(0, 80)),
    handlers: Array.from(document.querySelectorAll('*')).flatMap((element) =>
      element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    ),
    scripts: Array.from(document.scripts).filter((script) => {
      if (script.type === 'module' && script.src.startsWith(location.origin)) return false;
      // Data blocks are never run: the comparison's schema.org graph and the prerendered
      // page's state are allowed while they are inline JSON whose `<` are all escaped, so
      // no hostile text can close the element and open a script of its own.
      const dataBlock = script.type === 'application/ld+json' || script.type === 'application/json';
      if (!dataBlock || script.src || script.text.includes('<')) {
        return true;
      }
      try {
        JSON.parse(script.text);
        return false;
      } catch {
        return true;
      }
    }).length,
    clobbered:
      typeof (window as unknown as Record<string, unknown>).location === 'object' ? '' : 'location',
    javascriptLinks: Array.from(document.querySelectorAll('[href]'))
      .map((element) => element.getAttribute('href') ?? '')
      .filter((href) => /^\s*(?:javascript|data|vbscript):/i.test(href)),
  }));
  expect(found).toEqual({
    xss: 'undefined',
    injected: [],
    handlers: [],
    scripts: 0,
    clobbered: '',
    javascriptLinks: [],
  });
}

/**
 * src/components/safe-html.tsx bundled on its own (with React and DOMPurify),
 * so Chromium can prove it under the production CSP even before a view uses it.
 */
export async function bundleSafeHtml(): Promise<string> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/components/safe-html.tsx', formats: ['es'], fileName: 'safe-html' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    // The entry chunk comes first; lib mode with one entry emits nothing else of use.
    return output.output[0].code;
  }
  throw new Error('bundling safe-html.tsx produced no chunk');
}

export interface SafeHtmlProbe {
  results: { trusted: boolean; text: string }[];
  /** Whether assigning a plain string to innerHTML threw: Trusted Types enforced. */
  stringRefused: boolean;
  violations: string[];
}

/**
 * A page under the build's own CSP (read from its index.html) that runs
 * every vector through sanitizeHtml and into innerHTML. No inline script:
 * the CSP would refuse it, so every file is served through `page.route`.
 */
export async function openSafeHtmlProbe(page: Page, vectors: string[]): Promise<SafeHtmlProbe> {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp, 'the build carries a CSP').toContain('require-trusted-types-for');
  const violations: string[] = [];
  await page.exposeFunction('__probeViolation', (text: string) => violations.push(text));
  const main = `
    document.addEventListener('securitypolicyviolation', (event) => window.__probeViolation(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile));
    const { sanitizeHtml } = await import('./safe-html.js');
    const results = ${JSON.stringify(vectors)}.map((vector) => {
      const box = document.createElement('div');
      const clean = sanitizeHtml(vector);
      box.innerHTML = clean;
      document.body.append(box);
      return { trusted: clean instanceof TrustedHTML, text: box.textContent };
    });
    let stringRefused = false;
    try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { stringRefused = true; }
    window.probe = { results, stringRefused };`;
  const html = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp ?? ''}"><title>probe</title><script type="module" src="./probe.js"></script></head><body></body></html>`;
  const files = new Map([
    ['probe.html', ['text/html', html]],
    ['probe.js', ['text/javascript', main]],
    ['safe-html.js', ['text/javascript', await bundleSafeHtml()]],
  ]);
  await page.route('**/__safe-html/*', (route) => {
    const file = files.get(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    return file
      ? route.fulfill({ status: 200, contentType: file[0], body: file[1] })
      : route.fulfill({ status: 404 });
  });
  await page.goto('/__safe-html/probe.html');
  const handle = await page.waitForFunction(() => (window as { probe?: unknown }).probe);
  const { results, stringRefused } = (await handle.jsonValue()) as Omit<
    SafeHtmlProbe,
    'violations'
  >;
  return { results, stringRefused, violations };
}
