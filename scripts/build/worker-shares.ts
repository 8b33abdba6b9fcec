import type { PrerenderJob } from './prerender-job.ts';

/** The files a job reads, as one key: jobs with the same key read exactly the same files. */
const readsKey = (job: Pick<PrerenderJob, 'reads'>) => (job.reads ?? []).join('\n');

/**
 * Orders the pages by the files they read and deals them to `workers` workers, keeping the pages
 * that read the same files (a comparison in English and in Arabic; a source's two pages) in one
 * worker, one after the other. Each worker keeps only its recent files parsed
 * (corpus-file-cache.ts), so the second page finds them there: dealt one page at a time, the
 * two went to different workers and each parsed every shard (76,000 source and comparison
 * pages at 10,000 events). Pages sharing a first file (a source locator's bucket, shared by
 * some 500 sources) stay near each other in each worker.
 */
export function workerShares<J extends Pick<PrerenderJob, 'reads'>>(
  jobs: readonly J[],
  workers: number,
): J[][] {
  const sorted = jobs
    .map((job, at) => ({ job, at, key: readsKey(job) }))
    // By key, then as listed: a stable order, whatever the engine's sort.
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
  const shares = Array.from({ length: workers }, (): J[] => []);
  let worker = -1;
  let lastKey: string | undefined;
  for (const { job, key } of sorted) {
    // A page that reads nothing shares nothing: deal each on its own.
    if (key !== lastKey || key === '') worker = (worker + 1) % workers;
    lastKey = key;
    shares[worker]?.push(job);
  }
  return shares;
}
