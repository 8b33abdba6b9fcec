import { pathToFileURL } from 'node:url';
import { compileCorpus } from '../../src/corpus/compiler/compile-corpus';
import type { CorpusFile } from '../../src/corpus/compiler/load-corpus';
import { readCorpusDir } from '../corpus/read-corpus-dir';
import { generateCorpus } from '../synth/generate-corpus';
import { median, timeSync } from './stats';

interface WorkbenchCheck {
  claims: number;
  files: number;
  runs: number;
  /** Median CPU and wall time of one edit's check. */
  cpuMs: number;
  wallMs: number;
}

export interface WorkbenchChecks {
  /** The bundled corpus (data/, the Idlib corpus), as a draft copied from it holds it. */
  idlib: WorkbenchCheck;
  /** A synthetic draft of 1,000 claims (npm run corpus:synth's generator). */
  thousand: WorkbenchCheck;
}

/** Edits timed per draft; the median is reported. */
export const WORKBENCH_CHECK_RUNS = 15;

/** The synthetic draft: 1,000 claims over 60 events and 40 parties, seed 1. */
const THOUSAND_CLAIMS = { events: 60, claims: 1000, actors: 40, seed: 1 } as const;

function claimsOf(files: readonly CorpusFile[]): number {
  return files
    .filter((file) => /\/events\/[^/]+\.json$/.test(file.path))
    .reduce((sum, file) => sum + (JSON.parse(file.text) as { claims: unknown[] }).claims.length, 0);
}

/**
 * One edit's check as the workbench runs it in its worker (checkDraft): the compiler on the
 * whole draft, its files under data/, then the structured clone that carries the problems or
 * the compiled corpus (what the preview shows) to the page. Each run first edits one event
 * file, as a keystroke does; CPU time, because on a shared machine the wall clock also
 * measures the neighbours. (scripts/ may not import the workbench feature, so this repeats
 * checkDraft's one call.)
 */
function timeChecks(files: readonly CorpusFile[], runs: number): WorkbenchCheck {
  const edited = files.findIndex((file) => /\/events\/[^/]+\.json$/.test(file.path));
  const check = (draft: readonly CorpusFile[]) => {
    const result = compileCorpus(draft, { root: 'data' });
    if (!result.ok)
      throw new Error(`the draft did not compile: ${String(result.errors[0]?.message)}`);
    structuredClone(result);
  };
  check(files); // warm-up: the first run also compiles the compiler's own code
  const timings = Array.from({ length: runs }, (_, run) => {
    const draft = files.map((file, at) =>
      at === edited ? { ...file, text: `${file.text}${' '.repeat(run + 1)}` } : file,
    );
    return timeSync(() => {
      check(draft);
    });
  });
  return {
    claims: claimsOf(files),
    files: files.length,
    runs,
    cpuMs: median(timings.map((timing) => timing.cpuMs)) ?? 0,
    wallMs: median(timings.map((timing) => timing.wallMs)) ?? 0,
  };
}

export async function measureWorkbenchCheck(runs: number): Promise<WorkbenchChecks> {
  const idlib = await readCorpusDir('data', 'data');
  const synthetic = generateCorpus(THOUSAND_CLAIMS).files.map((file) => ({
    path: `data/${file.path}`,
    text: file.text,
  }));
  return { idlib: timeChecks(idlib, runs), thousand: timeChecks(synthetic, runs) };
}

async function main(): Promise<void> {
  const { formatTable, workbenchCheckRows } = await import('./report');
  console.log(formatTable(workbenchCheckRows(await measureWorkbenchCheck(WORKBENCH_CHECK_RUNS))));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
