import { availableParallelism } from 'node:os';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { jobBatches } from './job-batches.ts';
import { runBatchQueue } from './batch-queue.ts';
import type { PrerenderJob, PrerenderSetup } from './prerender-job.ts';

/**
 * The server build has no use for styles (the client build emitted them) nor for the corpus
 * import's Web Worker, which only runs in a browser: both become empty modules.
 */
function browserOnlyImportsPlugin(): Plugin {
  const empty = '\0riwaya-empty';
  return {
    name: 'riwaya:prerender-browser-only',
    enforce: 'pre',
    resolveId(id) {
      if (/\.css(\?|$)/.test(id) || id.includes('?worker')) return empty;
      return undefined;
    },
    load(id) {
      return id === empty ? 'export default "";' : undefined;
    },
  };
}

/**
 * Compiles the app for Node (the same source, router and providers as the browser's bundle)
 * with the prerender worker beside it, into node_modules so the workers find React and the
 * router there.
 */
async function buildServerBundle(
  config: ResolvedConfig,
): Promise<{ worker: string; serverEntry: string }> {
  const outDir = path.join(config.root, 'node_modules', '.riwaya-prerender');
  await build({
    // The project's own config (its aliases and plugins, such as the map's virtual module),
    // with these on top; the page-entries plugin leaves server builds alone.
    configFile: config.configFile,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [browserOnlyImportsPlugin()],
    build: {
      ssr: true,
      rolldownOptions: {
        input: {
          'entry-server': path.join(config.root, 'src/entry-server.tsx'),
          'prerender-worker': path.join(config.root, 'scripts/build/prerender-worker.ts'),
        },
      },
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'node20',
      sourcemap: false,
      minify: false,
    },
  });
  return {
    worker: path.join(outDir, 'prerender-worker.js'),
    serverEntry: path.join(outDir, 'entry-server.js'),
  };
}

/**
 * How far each worker's young generation may grow: V8 counts three semi-spaces in it, so this is
 * semi-spaces of 64 MB (`--max-semi-space-size=64`; the default is 16) and a new space of 128 MB.
 */
const YOUNG_GENERATION_MB = 192;

/** Pages per batch a worker takes: a second or so of work, and 400 batches at 10,000 events. */
const BATCH_SIZE = 256;

/**
 * Renders every page with React on Node, in parallel workers (one per core, at most four) that
 * take batches of pages from one queue, each writing its pages to disk as it goes. Returns how
 * many were written.
 */
export async function prerenderPages(
  config: ResolvedConfig,
  setup: Omit<PrerenderSetup, 'serverEntry'>,
  jobs: readonly PrerenderJob[],
): Promise<number> {
  const { worker: workerFile, serverEntry } = await buildServerBundle(config);
  // One per core, at most four, and none for fewer than 50 pages of its own.
  const wanted = Math.max(1, Math.min(4, availableParallelism(), Math.ceil(jobs.length / 50)));
  // Smaller batches for a small site, so every worker gets some: at least four per worker.
  const batches = jobBatches(
    jobs,
    Math.min(BATCH_SIZE, Math.max(1, Math.ceil(jobs.length / (wanted * 4)))),
  );
  const workers = Math.max(1, Math.min(wanted, batches.length));
  try {
    // One queue for all: each worker takes the next batch when it is free.
    return await runBatchQueue(
      workerFile,
      {
        workerData: { setup: { ...setup, serverEntry } },
        // React's and the router's builds for the mode, as the browser gets them.
        env: {
          ...process.env,
          NODE_ENV: config.mode === 'development' ? config.mode : 'production',
        },
        // Rendering a page allocates much that dies with it: a larger young generation collects
        // it less often (the 10,000-event build, back to back: 731 -> 591 s of CPU).
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      },
      batches,
      workers,
    );
  } catch (error) {
    throw new Error(`prerender failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
