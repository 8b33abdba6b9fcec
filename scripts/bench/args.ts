import { parseArgs } from 'node:util';

export interface BenchOptions {
  events: number;
  claims: number;
  actors: number;
  seed: number;
  /** Cold loads (and JSON.parse repeats) whose median is reported. */
  runs: number;
  /** Interactions measured per kind (party toggle, date change, search keystroke). */
  interactions: number;
  quick: boolean;
  lighthouse: boolean;
  /** Keep the synthetic corpus of an earlier run with the same options (no compile figures). */
  reuseCorpus: boolean;
}

export const benchUsage = `usage: npm run bench -- [--events 10000] [--claims 100000] [--actors 300] [--seed 1]
                        [--runs 5] [--interactions 70] [--quick] [--no-lighthouse] [--reuse-corpus]
  --quick   a tiny corpus (50 events, 300 claims), 3 runs, 8 interactions, no Lighthouse:
            checks that the instrument works (part of npm test); its numbers mean nothing
  --reuse-corpus  keep the synthetic corpus an earlier run made with the same options:
            rebuilds the app and measures it again, skips the compile figures`;

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number`);
  return value;
}

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      events: { type: 'string' },
      claims: { type: 'string' },
      actors: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      interactions: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      'reuse-corpus': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick;
  return {
    events: count('events', values.events, quick ? 50 : 10_000),
    claims: count('claims', values.claims, quick ? 300 : 100_000),
    actors: count('actors', values.actors, quick ? 20 : 300),
    seed: count('seed', values.seed, 1),
    runs: count('runs', values.runs, quick ? 3 : 5),
    interactions: count('interactions', values.interactions, quick ? 8 : 70),
    quick,
    lighthouse: !quick && !values['no-lighthouse'],
    reuseCorpus: values['reuse-corpus'],
  };
}
