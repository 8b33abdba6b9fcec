import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusIndex, EventShard } from '../../src/corpus/shards.ts';
import { PRERENDER_STATE_ID } from '../../src/config/prerendered-page.ts';
import { corpusFileReader } from './corpus-file-cache.ts';
import { eventJsonLdTag } from './event-json-ld.ts';
import type { PrerenderJob, PrerenderReport, PrerenderSetup, RenderPage } from './prerender-job.ts';
import { renderPrerenderedHtml } from './render-page-html.ts';

/** Pages rendered and waiting for the disk, at most, in each worker. */
const WRITES_IN_FLIGHT = 16;

/**
 * A prerender worker (compiled with the app by prerender-pages.ts): renders its share of the
 * pages one at a time, with a few of them at most waiting to be written, so memory stays flat
 * however many pages the corpus defines.
 */
async function run(setup: PrerenderSetup, jobs: readonly PrerenderJob[]): Promise<number> {
  const { renderPage } = (await import(pathToFileURL(setup.serverEntry).href)) as {
    renderPage: RenderPage;
  };
  const read = corpusFileReader(setup.corpusDir);
  // The compiler checked every file before the build; the prerender trusts them as the app does.
  const index = (await read('index.json')) as CorpusIndex;
  const shardOf = new Map(index.events.map((event) => [event.id, event.shard]));
  let written = 0;
  // The next page renders while the last ones are written: a few writes in flight, never more,
  // so the disk's latency does not idle the worker and memory stays flat.
  const writing: Promise<void>[] = [];
  for (const job of jobs) {
    const page = await renderPage(job.url, read, job.notFound === true, job.reads ?? []);
    const shardPath = job.eventId === undefined ? undefined : shardOf.get(job.eventId);
    const jsonLd =
      shardPath === undefined
        ? []
        : [eventJsonLdTag(index, (await read(shardPath)) as EventShard, setup.base, setup.siteUrl)];
    const fonts = setup.fontPreloads[job.meta.language];
    const head = job.notFound
      ? [...fonts, '<meta name="robots" content="noindex" />', ...jsonLd]
      : [...fonts, ...jsonLd];
    const html = renderPrerenderedHtml(
      setup.shell,
      job.meta,
      { html: page.html, state: page.state, stateElementId: PRERENDER_STATE_ID },
      setup.siteUrl,
      head,
    );
    const target = path.join(setup.outDir, job.file);
    const write = mkdir(path.dirname(target), { recursive: true }).then(() =>
      writeFile(target, html),
    );
    // Handled here and reported when awaited below: a failed write fails the build.
    write.catch(() => undefined);
    writing.push(write);
    // A window, not a batch: wait for the oldest write only, so the worker never idles while
    // the last of sixteen finishes.
    if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
    written += 1;
  }
  await Promise.all(writing);
  return written;
}

const { setup, jobs } = workerData as { setup: PrerenderSetup; jobs: PrerenderJob[] };
run(setup, jobs).then(
  (written) => {
    parentPort?.postMessage({ written } satisfies PrerenderReport);
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    parentPort?.postMessage({ error: message } satisfies PrerenderReport);
  },
);
