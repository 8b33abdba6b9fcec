import { spawn } from 'node:child_process';
import { compileCorpus } from '../../src/corpus/compiler/compile-corpus';
import { readCorpusDir } from '../corpus/read-corpus-dir';
import { median, timeSync } from './stats';

/** Runs `npm run corpus`'s own entry point (the real CLI) and times it from outside. */
export async function compileWithCli(dataDir: string, outDir: string): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/corpus/cli.ts', '--data', dataDir, '--out', outDir],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm run corpus failed on ${dataDir} (exit ${String(code)})`);
  return performance.now() - started;
}

export interface CompileVsParse {
  sourceJsonBytes: number;
  files: number;
  compileWallMs: number;
  compileCpuMs: number;
  parseWallMs: number;
  parseCpuMs: number;
}

/**
 * The compiler against the floor of any compiler: JSON.parse of the same
 * corpus JSON files (not the .txt texts), one by one, in the same process.
 * Both read from memory, so the disk is out of it. CPU time is kept too:
 * on a shared machine the wall clock also measures the neighbours.
 */
export async function compileVsParse(dataDir: string, runs: number): Promise<CompileVsParse> {
  const files = await readCorpusDir(dataDir, '');
  const json = files.filter((file) => file.path.endsWith('.json'));
  const parses = Array.from({ length: runs }, () =>
    timeSync(() => {
      for (const file of json) JSON.parse(file.text);
    }),
  );
  const compiled = timeSync(() => compileCorpus(files, { root: '' }));
  if (!compiled.result.ok) throw new Error('the synthetic corpus did not compile in process');
  return {
    sourceJsonBytes: json.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
    files: files.length,
    compileWallMs: compiled.wallMs,
    compileCpuMs: compiled.cpuMs,
    parseWallMs: median(parses.map((run) => run.wallMs)) ?? 0,
    parseCpuMs: median(parses.map((run) => run.cpuMs)) ?? 0,
  };
}
