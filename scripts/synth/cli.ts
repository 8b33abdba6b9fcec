import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCorpus, type SynthOptions } from './generate-corpus';
import { writeCorpus } from './write-corpus';

export const DEFAULT_SYNTH_DIR = 'bench/tmp/corpus-synth';

const usage = `usage: npm run corpus:synth -- [--events 10000] [--claims 100000] [--actors 300] [--seed 1] [--out ${DEFAULT_SYNTH_DIR}]`;

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number`);
  return value;
}

export function parseSynthArgs(args: readonly string[]): SynthOptions & { out: string } {
  const { values } = parseArgs({
    args: [...args],
    options: {
      events: { type: 'string', default: '10000' },
      claims: { type: 'string', default: '100000' },
      actors: { type: 'string', default: '300' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: DEFAULT_SYNTH_DIR },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    events: positiveInt('events', values.events),
    claims: positiveInt('claims', values.claims),
    actors: positiveInt('actors', values.actors),
    seed: positiveInt('seed', values.seed),
    out: values.out,
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseSynthArgs>;
  try {
    options = parseSynthArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const corpus = generateCorpus(options);
  await writeCorpus(options.out, corpus.files);
  const { events, claims, sources, actors } = corpus.counts;
  console.log(
    `Synthetic corpus: ${events} events, ${claims} claims, ${sources} sources, ${actors} actors in ${Math.round(performance.now() - started)} ms → ${options.out}`,
  );
  console.log(
    corpus.flagship
      ? `200-claim comparison (${corpus.flagship.parties} parties): ${corpus.flagship.id}`
      : 'No 200-claim event: too few claims for one.',
  );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) await main();
