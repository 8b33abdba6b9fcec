import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../../src/corpus/compiler/compile-corpus';
import { formatCorpusError, formatProblemCount } from '../../src/corpus/rules/corpus-error';
import { createCorpusBundle } from '../../src/lib/corpus-source/corpus-bundle';
import { readCorpusFiles } from './read-corpus-dir';

export const usage = `usage: npm run corpus:bundle -- --data <dir> --out <file>
  --data <dir>    a corpus folder laid out like data/
  --out <file>    the bundle to write (JSON), to import on the Corpora page`;

export interface BundleOptions {
  dataDir: string;
  outFile: string;
}

export function parseBundleArgs(args: readonly string[]): BundleOptions {
  const { values } = parseArgs({
    args: [...args],
    options: { data: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.data === undefined || values.out === undefined) {
    throw new Error('both --data and --out are required');
  }
  return { dataDir: values.data, outFile: values.out };
}

/**
 * Every file is named `data/...` whatever the folder is called here, so the
 * app checks an import with the same root `npm run corpus` uses. The corpus
 * is compiled first: a bundle that would fail to import is never written.
 */
export async function runBundle(
  options: BundleOptions,
  log: (line: string) => void,
): Promise<number> {
  const isDir = await stat(options.dataDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    log(`${options.dataDir}: $: corpus folder not found`);
    return 1;
  }
  // A file that is not UTF-8 is one problem among the others, as `npm run corpus` reports it.
  const { files, errors: readErrors } = await readCorpusFiles(options.dataDir, 'data');
  const result = compileCorpus(files, { root: 'data' });
  const errors = [...readErrors, ...(result.ok ? [] : result.errors)];
  if (!result.ok || errors.length > 0) {
    for (const error of errors) log(formatCorpusError(error));
    log(formatProblemCount(errors.length));
    return 1;
  }
  if (resolve(options.outFile).startsWith(`${resolve(options.dataDir)}/`)) {
    log(`refusing to write ${options.outFile} inside the corpus folder it bundles`);
    return 1;
  }
  const json = JSON.stringify(createCorpusBundle(files));
  await mkdir(dirname(resolve(options.outFile)), { recursive: true });
  await writeFile(options.outFile, json);
  const kb = (Buffer.byteLength(json) / 1024).toFixed(1);
  log(
    `Corpus bundled: ${files.length} files, ${result.index.events.length} events, ${kb} kB → ${options.outFile}`,
  );
  return 0;
}

async function main(): Promise<void> {
  let options: BundleOptions;
  try {
    options = parseBundleArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await runBundle(options, (line) => {
    console.log(line);
  });
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
