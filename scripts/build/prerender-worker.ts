import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusIndex, EventShard } from '../../src/corpus/shards.ts';
import { PRERENDER_STATE_ID } from '../../src/config/prerendered-page.ts';
import { corpusFileReader } from './corpus-file-cache.ts';
import { eventJsonLdTag } from './event-json-ld.ts';
import type { BatchMessage, BatchReport } from './batch-queue.ts';
import type { PrerenderJob, PrerenderSetup, RenderPage } from './prerender-job.ts';
import { prerenderedPageTemplate } from './render-page-html.ts';

/**
 * A prerender worker (compiled with the app by prerender-pages.ts): renders the batches of pages
 * it is given one page at a time, writing each before the next, so memory stays flat however
 * many pages the corpus defines. It asks for a batch when it starts and after each one.
 */
async function start(
  setup: PrerenderSetup,
): Promise<(jobs: readonly PrerenderJob[]) => Promise<number>> {
  const { renderPage } = (await import(pathToFileURL(setup.serverEntry).href)) as {
    renderPage: RenderPage;
  };
  const read = corpusFileReader(setup.corpusDir);
  // The compiler checked every file before the build; the prerender trusts them as the app does.
  const index = (await read('index.json')) as CorpusIndex;
  const shardOf = new Map(index.events.map((event) => [event.id, event.shard]));
  // The shell's parts are found once, not in each of 96,000 pages.
  const fill = prerenderedPageTemplate(setup.shell);
  return async (jobs) => {
    for (const job of jobs) {
      const page = await renderPage(job.url, read, job.notFound === true, job.reads ?? []);
      const shardPath = job.eventId === undefined ? undefined : shardOf.get(job.eventId);
      const jsonLd =
        shardPath === undefined
          ? []
          : [
              eventJsonLdTag(
                index,
                (await read(shardPath)) as EventShard,
                setup.base,
                setup.siteUrl,
              ),
            ];
      const fonts = setup.fontPreloads[job.meta.language];
      const head = job.notFound
        ? [...fonts, '<meta name="robots" content="noindex" />', ...jsonLd]
        : [...fonts, ...jsonLd];
      const html = fill(
        job.meta,
        { html: page.html, state: page.state, stateElementId: PRERENDER_STATE_ID },
        setup.siteUrl,
        head,
      );
      const target = path.join(setup.outDir, job.file);
      // Synchronous: the worker has nothing else to do meanwhile, and at 96,000 pages the
      // promise API's file handles and thread-pool round trips cost more CPU than the writes
      // (two cores shared with the other worker). A failed write throws and fails the build.
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, html);
    }
    return jobs.length;
  };
}

const report = (message: BatchReport) => {
  parentPort?.postMessage(message);
};
const fail = (error: unknown) => {
  report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
};

const { setup } = workerData as { setup: PrerenderSetup };
start(setup).then((renderBatch) => {
  parentPort?.on('message', ({ jobs }: BatchMessage<PrerenderJob>) => {
    renderBatch(jobs).then((written) => {
      report({ written });
    }, fail);
  });
  report({ written: 0 });
}, fail);
