import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker's report: ready for a batch (having written `written` items since its last report),
 * or the error that stopped it.
 */
export type BatchReport = { written: number } | { error: string };

/** To a worker: the next batch (when none is left, the worker is stopped). */
export interface BatchMessage<T> {
  jobs: T[];
}

/**
 * Runs `workers` copies of the worker at `file` over one queue of batches: each worker reports
 * `{ written: 0 }` when it is ready, then `{ written: n }` after each batch, and gets the next
 * batch in reply, so the workers end within a batch of each other however unequal the batches.
 * Resolves with the items written. The first error, or a worker that stops without a word,
 * fails the whole run: the queue is emptied so the other workers stop at their next batch.
 */
export function runBatchQueue(
  file: string | URL,
  options: WorkerOptions,
  batches: unknown[][],
  workers: number,
): Promise<number> {
  const runOne = () =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(file, options);
      let written = 0;
      const fail = (error: Error) => {
        batches.length = 0;
        void worker.terminate();
        reject(error);
      };
      worker.on('message', (report: BatchReport) => {
        if ('error' in report) {
          fail(new Error(report.error));
          return;
        }
        written += report.written;
        const jobs = batches.shift();
        if (jobs) {
          worker.postMessage({ jobs } satisfies BatchMessage<unknown>);
        } else {
          // Its last batch is done: a worker reports only once a batch is written.
          void worker.terminate();
          resolve(written);
        }
      });
      worker.once('error', fail);
      // Once its last batch is in, this comes too late to matter (the promise is settled).
      worker.once('exit', (code) => {
        fail(new Error(`a worker stopped before its work was done (exit code ${String(code)})`));
      });
    });
  return Promise.all(Array.from({ length: workers }, runOne)).then((counts) =>
    counts.reduce((sum, count) => sum + count, 0),
  );
}
