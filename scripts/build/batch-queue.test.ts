import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatchQueue } from './batch-queue';

// A worker speaking the queue's protocol, told by workerData how to behave.
const dir = mkdtempSync(path.join(tmpdir(), 'batch-queue-'));
const workerFile = path.join(dir, 'worker.mjs');
writeFileSync(
  workerFile,
  `import { parentPort, workerData } from 'node:worker_threads';
let batch = 0;
parentPort.on('message', ({ jobs }) => {
  batch += 1;
  if (workerData.failOn === batch && workerData.how === 'exit') process.exit(3);
  if (workerData.failOn === batch) { parentPort.postMessage({ error: 'page 7 broke' }); return; }
  parentPort.postMessage({ written: jobs.length });
});
parentPort.postMessage({ written: 0 });
`,
);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const batchesOf = (count: number, size: number) =>
  Array.from({ length: count }, (_, at) =>
    Array.from({ length: size }, (_, item) => `${String(at)}.${String(item)}`),
  );

describe('runBatchQueue', () => {
  it('hands every batch to the workers as they ask, and counts what they wrote', async () => {
    const batches = batchesOf(9, 4);
    await expect(runBatchQueue(workerFile, { workerData: {} }, batches, 2)).resolves.toBe(36);
    expect(batches).toEqual([]);
  });

  it('fails the run with the error a worker reports, and empties the queue for the others', async () => {
    const batches = batchesOf(50, 2);
    await expect(
      runBatchQueue(workerFile, { workerData: { failOn: 2 } }, batches, 2),
    ).rejects.toThrow('page 7 broke');
    expect(batches).toEqual([]);
  });

  it('fails the run when a worker stops without a word', async () => {
    await expect(
      runBatchQueue(workerFile, { workerData: { failOn: 1, how: 'exit' } }, batchesOf(3, 1), 1),
    ).rejects.toThrow('a worker stopped before its work was done (exit code 3)');
  });
});
