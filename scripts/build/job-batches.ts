import type { PrerenderJob } from './prerender-job.ts';

/** The files a job reads, as one key: jobs with the same key read exactly the same files. */
const readsKey = (job: Pick<PrerenderJob, 'reads'>) => (job.reads ?? []).join('\n');

/**
 * The pages in batches of about `size`, for the prerender's workers to take one at a time as
 * they finish the last: however unequal the pages (a party page takes twenty times a source
 * page), the workers end within a batch of each other. Dealt out in equal shares up front, one
 * worker ran 8 s longer than the other at 10,000 events.
 *
 * Ordered by the files the pages read, and a batch never splits the pages that read the same
 * files (a comparison in English and in Arabic; a source's two pages): each worker keeps only
 * its recent files parsed (corpus-file-cache.ts), so the second page finds them there. Pages
 * sharing a first file (a source locator's bucket, shared by some 500 sources) stay near each
 * other.
 */
export function jobBatches<J extends Pick<PrerenderJob, 'reads'>>(
  jobs: readonly J[],
  size: number,
): J[][] {
  const sorted = jobs
    .map((job, at) => ({ job, at, key: readsKey(job) }))
    // By key, then as listed: a stable order, whatever the engine's sort.
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.at - b.at));
  const batches: J[][] = [];
  let batch: J[] = [];
  let lastKey: string | undefined;
  for (const { job, key } of sorted) {
    // A full batch closes before a page that reads other files (a page that reads nothing
    // shares nothing), never between two pages that read the same ones.
    if (batch.length >= size && (key !== lastKey || key === '')) {
      batches.push(batch);
      batch = [];
    }
    batch.push(job);
    lastKey = key;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
