import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { benchUsage, parseBenchArgs, type BenchOptions } from './args';
import type { BenchResults, LighthousePage } from './bench-results';
import type { ColdLoad } from './measure-load';
import type { CompareRender } from './measure-compare';
import type { FilterRun } from './measure-filters';
import { launchBrowser } from './browser';
import { buildApp, buildBareTemplate, preparePublicDir, serve, type Served } from './builds';
import { compileWithCli } from './corpus-timing';
import { initialJs } from './initial-js';
import { runLighthouse } from './lighthouse';
import { measureObservedBlocking } from './measure-blocking';
import { describeMachine } from './machine';
import { measureColdLoad } from './measure-load';
import { measureCompare } from './measure-compare';
import { measureFilters } from './measure-filters';
import { measureMap, type MapRender } from './measure-map';
import { measureWorkbenchCheck, WORKBENCH_CHECK_RUNS } from './measure-workbench-check';
import { checks, formatTable } from './report';
import { prepareSyntheticCorpus } from './synthetic-corpus';

/** The quick run (npm test) has its own folders and results, so it never clobbers a full run's. */
const tmpFor = (options: BenchOptions) => `bench/tmp/${options.quick ? 'quick' : 'full'}`;
const resultsFor = (options: BenchOptions) =>
  options.quick ? 'bench/results-quick.json' : 'bench/results.json';

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

async function step<T>(
  steps: Record<string, number>,
  name: string,
  run: () => Promise<T>,
): Promise<T> {
  console.log(`bench: ${name}…`);
  const started = performance.now();
  const result = await run();
  steps[name] = Math.round(performance.now() - started);
  return result;
}

/** What Lighthouse scores: the list, the flagship comparison and one of its sources, in both languages. */
async function lighthousePages(corpusDir: string): Promise<string[]> {
  const flagship = 'disputed-attack-southeast-idlib-2020-01';
  const event = JSON.parse(
    await readFile(join(corpusDir, 'events', `${flagship}.json`), 'utf8'),
  ) as {
    claims: { source: string }[];
  };
  const source = event.claims[0]?.source;
  const views = ['/', `/events/${flagship}`, ...(source ? [`/sources/${source}`] : [])];
  return views.flatMap((view) => [view, view === '/' ? '/ar/' : `/ar${view}`]);
}

/** Lighthouse scores the real corpus, built from a copy so data/schema is never rewritten. */
async function lighthouseOnIdlib(TMP: string, steps: Record<string, number>, runs: number) {
  const corpus = await preparePublicDir(`${TMP}/public-idlib`);
  await rm(`${TMP}/corpus-idlib`, { recursive: true, force: true });
  await cp('data', `${TMP}/corpus-idlib`, { recursive: true });
  await compileWithCli(`${TMP}/corpus-idlib`, corpus);
  await step(steps, 'build (Idlib)', () => buildApp(`${TMP}/public-idlib`, `${TMP}/dist-idlib`));
  const pages = await lighthousePages(`${TMP}/corpus-idlib`);
  const served = await serve(`${TMP}/dist-idlib`, 4195);
  const targets = pages.map((page) => ({ page, url: new URL(page.slice(1), served.url).href }));
  try {
    const scored = await step(steps, 'lighthouse', async () => {
      const lighthouse: (LighthousePage & { url: string })[] = [];
      for (const [at, { page, url }] of targets.entries()) {
        const report = `${TMP}/lighthouse-idlib-${String(at)}.json`;
        lighthouse.push({ page, url, scores: await runLighthouse(url, runs, report) });
      }
      return lighthouse;
    });
    const browser = await launchBrowser();
    try {
      return await step(steps, 'observed blocking', async () => {
        const results: LighthousePage[] = [];
        for (const { page, url, scores } of scored) {
          results.push({
            page,
            scores,
            observed: await measureObservedBlocking(browser, url, runs),
          });
        }
        return results;
      });
    } finally {
      await browser.close();
    }
  } finally {
    await served.close();
  }
}

/** Every file under `dir`, in bytes. */
async function treeBytes(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name === 'index.html' || entry.name === '404.html') pages += 1;
  }
  return { bytes, pages };
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const machine = describeMachine();
  const steps: Record<string, number> = {};
  const TMP = tmpFor(options);
  await mkdir(TMP, { recursive: true });
  const synthCorpus = `${TMP}/public-synth/corpus`;
  const synth = await prepareSyntheticCorpus(options, TMP, `${TMP}/public-synth`, (name, run) =>
    step(steps, name, run),
  );
  // A clean build, as CI and a host's deploy make one: deleting the last run's 96,000 pages
  // (Vite's emptyOutDir, about a minute here) is not the build's own cost.
  await rm(`${TMP}/dist-synth`, { recursive: true, force: true });
  await step(steps, 'build (synthetic)', () =>
    buildApp(`${TMP}/public-synth`, `${TMP}/dist-synth`),
  );
  await step(steps, 'build (bare template)', () =>
    buildBareTemplate(`${TMP}/bare`, `${TMP}/dist-bare`),
  );
  const dist = await treeBytes(`${TMP}/dist-synth`);
  const js = {
    app: await initialJs(`${TMP}/dist-synth`),
    bare: await initialJs(`${TMP}/dist-bare`),
  };

  let served: Served | undefined;
  let browser: Browser | undefined;
  let coldLoad: ColdLoad, filters: FilterRun, compare: CompareRender, map: MapRender;
  try {
    served = await serve(`${TMP}/dist-synth`);
    browser = await launchBrowser();
    const { url } = served;
    const b = browser;
    coldLoad = await step(steps, 'cold loads', () => measureColdLoad(b, url, options.runs));
    filters = await step(steps, 'filters and heap', () =>
      measureFilters(b, url, options.interactions),
    );
    const flagship = synth.flagship ?? { id: '', claims: 0, title: '' };
    compare = await step(steps, 'comparison', () => measureCompare(b, url, flagship, options.runs));
    map = await step(steps, 'map', () => measureMap(b, url, synth.counts.events, options.runs));
  } finally {
    await browser?.close();
    await served?.close();
  }
  const workbenchCheck = await step(steps, 'workbench check', () =>
    measureWorkbenchCheck(options.quick ? 3 : WORKBENCH_CHECK_RUNS),
  );
  const lighthouse = options.lighthouse
    ? await lighthouseOnIdlib(TMP, steps, options.quick ? 1 : 3)
    : undefined;

  const out = synthCorpus;
  const results: Omit<BenchResults, 'checks'> = {
    machine: { ...machine, loadAverage: machine.loadAverage },
    options,
    corpus: {
      ...synth.counts,
      flagship: synth.flagship?.id,
      compiled: {
        indexBytes: (await stat(join(out, 'index.json'))).size,
        searchBytes: await folderBytes(join(out, 'search')),
        eventShardBytes: await folderBytes(join(out, 'events')),
      },
    },
    steps,
    initialJs: js,
    coldLoad,
    filters,
    compare,
    map,
    compileVsParse: synth.versus,
    workbenchCheck,
    prerender: { pages: dist.pages, distBytes: dist.bytes },
    lighthouse,
  };
  return { ...results, checks: checks({ ...results, checks: [] }) };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${benchUsage}`);
    process.exitCode = 2;
    return;
  }
  const results = await runBench(options);
  await writeFile(resultsFor(options), `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  console.log(
    `\nRiwaya bench, ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.chromium}, load ${m.loadAverage}, commit ${m.commit}`,
  );
  console.log(
    `Synthetic corpus: ${results.corpus.events} events, ${results.corpus.claims} claims, ${results.corpus.sources} sources (seed ${options.seed})${options.quick ? ' — QUICK RUN: checks the instrument, the numbers mean nothing' : ''}\n`,
  );
  console.log(formatTable(results.checks));
  console.log(`\nWritten to ${resultsFor(options)}`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
