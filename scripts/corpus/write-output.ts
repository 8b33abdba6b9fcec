import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, parse, relative, resolve } from 'node:path';
import { builtAnnotationsJson } from '../../src/corpus/compiler/annotations';
import { builtShardFiles, type BuiltCorpus } from '../../src/corpus/compiler/build-shards';
import { corpusJsonSchemas } from '../../src/corpus/compiler/json-schemas';

/** A refusal the user can act on: printed as a message, never as a stack trace. */
export class OutputRefused extends Error {}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !parse(path).root);
}

/**
 * The output folder is emptied on every run, so it must be one that holds
 * only compiled output: never a folder that contains the corpus or the
 * project, and never a non-empty folder without a previous index.json.
 */
export async function assertSafeOutDir(outDir: string, dataDir: string): Promise<void> {
  const out = resolve(outDir);
  const dangerous = [resolve(dataDir), process.cwd(), homedir(), parse(out).root];
  const clash = dangerous.find((dir) => isInside(dir, out) || isInside(out, resolve(dataDir)));
  if (clash !== undefined) {
    throw new OutputRefused(
      `refusing to write into ${outDir}: it contains (or is inside) ${clash}`,
    );
  }
  const entries = await readdir(out).catch((): string[] => []);
  if (entries.length > 0 && !entries.includes('index.json')) {
    throw new OutputRefused(
      `refusing to empty ${outDir}: it is not empty and holds no index.json from an earlier run`,
    );
  }
}

/**
 * Writes index.json and the hashed shards into a fresh folder, then swaps it
 * in, so a dev server never serves half a corpus.
 */
export async function writeOutput(
  outDir: string,
  dataDir: string,
  built: BuiltCorpus,
): Promise<void> {
  await assertSafeOutDir(outDir, dataDir);
  const out = resolve(outDir);
  const staging = `${out}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const shards = builtShardFiles(built);
  for (const folder of new Set(shards.map((shard) => dirname(shard.path)))) {
    await mkdir(join(staging, folder), { recursive: true });
  }
  await writeFile(join(staging, 'index.json'), JSON.stringify(built.index));
  // W3C Web Annotations of every claim, for annotation tools and readers who check quotes.
  await writeFile(join(staging, 'annotations.jsonld'), builtAnnotationsJson(built));
  for (const shard of shards) await writeFile(join(staging, shard.path), shard.json);
  await rm(out, { recursive: true, force: true });
  await mkdir(dirname(out), { recursive: true });
  await rename(staging, out);
}

/** Regenerates data/schema/*.schema.json, touching only files whose content changed. */
export async function writeSchemas(dataDir: string): Promise<number> {
  const dir = join(dataDir, 'schema');
  await mkdir(dir, { recursive: true });
  let written = 0;
  for (const { fileName, json } of corpusJsonSchemas()) {
    const path = join(dir, fileName);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === json) continue;
    await writeFile(path, json);
    written += 1;
  }
  return written;
}
