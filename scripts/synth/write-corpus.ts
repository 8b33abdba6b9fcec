import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CorpusFile } from '../../src/corpus/compiler/load-corpus';

/**
 * Writes a generated corpus into `outDir`, replacing an earlier synthetic
 * corpus there. A folder that holds anything else (data/, the project) is
 * refused: a typo in --out must never empty real work.
 */
export async function writeCorpus(outDir: string, files: readonly CorpusFile[]): Promise<void> {
  const out = resolve(outDir);
  const entries = await readdir(out).catch((): string[] => []);
  if (entries.length > 0 && !entries.includes('README.md')) {
    throw new Error(`refusing to replace ${outDir}: it is not empty and is no synthetic corpus`);
  }
  if (entries.length > 0) {
    const readme = await readFile(join(out, 'README.md'), 'utf8');
    if (!readme.startsWith('# Synthetic corpus')) {
      throw new Error(`refusing to replace ${outDir}: its README.md is not a synthetic corpus's`);
    }
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'events'), { recursive: true });
  await mkdir(join(out, 'sources'), { recursive: true });
  // Batches keep tens of thousands of writes from opening every file at once.
  const BATCH = 256;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map((file) => writeFile(join(out, file.path), file.text)),
    );
  }
}
