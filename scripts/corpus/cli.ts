import { pathToFileURL } from 'node:url';
import {
  formatCorpusError,
  formatProblemCount,
  printable,
} from '../../src/corpus/rules/corpus-error';
import { compileCorpusDir, displayPath } from './compile-corpus-dir';
import { parseCliArgs, usage, type CliOptions } from './parse-cli-args';
import { OutputRefused, writeOutput, writeSchemas } from './write-output';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Compiles (or checks) a corpus folder; returns the process exit code. */
export async function runCli(options: CliOptions, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  if (options.writeSchemas) await writeSchemas(options.dataDir);
  const result = await compileCorpusDir(options.dataDir);
  if (!result.ok) {
    for (const error of result.errors) log(formatCorpusError(error));
    const unlisted = result.unlisted ?? 0;
    log(formatProblemCount(result.errors.length + unlisted, unlisted));
    return 1;
  }
  if (!options.check) await writeOutput(options.outDir, options.dataDir, result);
  const claims = result.index.events.reduce((sum, event) => sum + event.claimCount, 0);
  const counts = [
    plural(result.index.sourceCount, 'source'),
    plural(result.index.events.length, 'event'),
    plural(claims, 'claim'),
  ].join(', ');
  const took = `${Math.round(performance.now() - started)} ms`;
  log(
    options.check
      ? `Corpus OK: ${counts} checked in ${took} (nothing written)`
      : `Corpus compiled: ${counts} in ${took} → ${printable(displayPath(options.outDir))}`,
  );
  return 0;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  try {
    // Problems go to stderr, so `npm run corpus > log` still shows why a build stopped.
    const lines: string[] = [];
    const code = await runCli(options, (line) => lines.push(line));
    const print = code === 0 ? console.log : console.error;
    for (const line of lines) print(line);
    process.exitCode = code;
  } catch (error) {
    // File-system trouble (permissions, a refused --out) is reported; anything else is a bug and keeps its trace.
    const isSystemError =
      error instanceof Error && 'code' in error && typeof error.code === 'string';
    if (!(error instanceof OutputRefused) && !isSystemError) throw error;
    console.error(`corpus: ${printable(error.message)}`);
    process.exitCode = 1;
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
