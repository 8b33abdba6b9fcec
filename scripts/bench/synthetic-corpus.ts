import { readFile, writeFile } from 'node:fs/promises';
import { generateCorpus } from '../synth/generate-corpus';
import { writeCorpus } from '../synth/write-corpus';
import type { BenchOptions } from './args';
import { preparePublicDir } from './builds';
import { compileVsParse, compileWithCli, type CompileVsParse } from './corpus-timing';

export interface PreparedCorpus {
  flagship: { id: string; claims: number; title: string } | undefined;
  counts: { events: number; claims: number; sources: number };
  /** Undefined when an earlier run's corpus was reused (--reuse-corpus). */
  versus: CompileVsParse | undefined;
}

type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/**
 * Generates the corpus, compiles it with the real CLI into `publicDir`/corpus,
 * and times the compiler against JSON.parse. With --reuse-corpus and a
 * manifest from a run with the same options, all of that is skipped: for
 * iterating on the app, where only the build and the browser figures move.
 */
export async function prepareSyntheticCorpus(
  options: BenchOptions,
  tmp: string,
  publicDir: string,
  step: Step,
): Promise<PreparedCorpus> {
  const manifestPath = `${tmp}/synth-manifest.json`;
  const key = JSON.stringify([options.events, options.claims, options.actors, options.seed]);
  if (options.reuseCorpus) {
    const text = await readFile(manifestPath, 'utf8').catch(() => undefined);
    const manifest =
      text === undefined ? undefined : (JSON.parse(text) as PreparedCorpus & { key: string });
    if (manifest?.key === key) return { ...manifest, versus: undefined };
    console.log('bench: no corpus from a run with these options to reuse; making one');
  }
  const compiledDir = await preparePublicDir(publicDir);
  const made = await step('synthesize', async () => {
    const corpus = generateCorpus(options);
    await writeCorpus(`${tmp}/corpus-synth`, corpus.files);
    const { flagship } = corpus;
    const file = corpus.files.find((f) => f.path === `events/${flagship?.id ?? ''}.json`);
    const title = file ? (JSON.parse(file.text) as { title: { en: string } }).title.en : '';
    return {
      flagship: flagship && { id: flagship.id, claims: flagship.claims, title },
      counts: corpus.counts,
    };
  });
  await step('compile (CLI)', () => compileWithCli(`${tmp}/corpus-synth`, compiledDir));
  const versus = await step('compile vs JSON.parse', () =>
    compileVsParse(`${tmp}/corpus-synth`, options.runs),
  );
  await writeFile(manifestPath, JSON.stringify({ ...made, key }));
  return { ...made, versus };
}
