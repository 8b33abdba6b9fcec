import type { BenchOptions } from './args';
import type { CompileVsParse } from './corpus-timing';
import type { InitialJs } from './initial-js';
import type { LighthouseScores } from './lighthouse';
import type { ObservedBlocking } from './measure-blocking';
import type { Machine } from './machine';
import type { ColdLoad } from './measure-load';
import type { CompareRender } from './measure-compare';
import type { FilterRun } from './measure-filters';
import type { MapRender } from './measure-map';
import type { WorkbenchChecks } from './measure-workbench-check';

/** Everything one bench run measured: what run-bench writes and report reads. */
export interface BenchResults {
  machine: Machine;
  options: BenchOptions;
  corpus: {
    events: number;
    claims: number;
    sources: number;
    flagship: string | undefined;
    compiled: { indexBytes: number; searchBytes: number; eventShardBytes: number };
  };
  steps: Record<string, number>;
  initialJs: { app: InitialJs; bare: InitialJs };
  coldLoad: ColdLoad;
  filters: FilterRun;
  compare: CompareRender;
  /** Optional: results written before the map existed still read. */
  map?: MapRender | undefined;
  compileVsParse: CompileVsParse | undefined;
  /** Optional: results written before the workbench existed still read. */
  workbenchCheck?: WorkbenchChecks | undefined;
  /** The synthetic build's prerendered pages and the whole dist folder. */
  prerender: { pages: number; distBytes: number };
  /** Lighthouse on the Idlib build, page by page (list, comparison, source; both languages). */
  lighthouse: LighthousePage[] | undefined;
  checks: Check[];
}

/** One page's Lighthouse scores and, beside them, its blocking time from a real 4× CPU load. */
export interface LighthousePage {
  page: string;
  scores: LighthouseScores;
  /** Optional: results written before 2026-12-04 have none. */
  observed?: ObservedBlocking | undefined;
}

export interface Check {
  figure: string;
  value: string;
  target: string;
  /** Undefined when the figure could not be measured (or has no target). */
  pass: boolean | undefined;
}
