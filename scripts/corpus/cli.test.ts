import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFiles, minimalCorpus } from '../../src/corpus/compiler/corpus-fixture';
import {
  corpusIndexSchema,
  eventShardSchema,
  sourceLocatorSchema,
  sourceShardSchema,
} from '../../src/corpus/shards';
import { runCli } from './cli';
import { parseCliArgs } from './parse-cli-args';

const MINIMAL = 'scripts/corpus/fixtures/minimal';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'riwaya-cli-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await runCli(parseCliArgs(args), (line) => lines.push(line));
  return { code, lines };
}

describe('npm run corpus', () => {
  it('compiles a corpus folder into an index and hashed shards', async () => {
    const out = join(temp, 'corpus');
    const { code, lines } = await run(['--data', MINIMAL, '--out', out]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^Corpus compiled: 1 source, 1 event, 4 claims in \d+ ms → /),
    ]);
    const index = corpusIndexSchema.parse(
      JSON.parse(await readFile(join(out, 'index.json'), 'utf8')),
    );
    for (const event of index.events)
      eventShardSchema.parse(JSON.parse(await readFile(join(out, event.shard), 'utf8')));
    for (const bucket of index.sourceLocator) {
      const locator = sourceLocatorSchema.parse(
        JSON.parse(await readFile(join(out, bucket), 'utf8')),
      );
      for (const source of locator.sources)
        sourceShardSchema.parse(JSON.parse(await readFile(join(out, source.shard), 'utf8')));
    }
  });

  it('replaces the previous output entirely', async () => {
    const out = join(temp, 'corpus');
    await run(['--data', MINIMAL, '--out', out]);
    await writeFile(join(out, 'events', 'stale.0000000000000000.json'), '{}');
    await run(['--data', MINIMAL, '--out', out]);
    expect(await readdir(join(out, 'events'))).toEqual([
      expect.stringMatching(/^tal-milh-attack\.[0-9a-f]{16}\.json$/),
    ]);
  });

  it('prints every problem as "file: path: message", then the count, and fails', async () => {
    const broken = await writeBrokenCorpus(join(temp, 'broken'));
    const out = join(temp, 'corpus');
    const { code, lines } = await run(['--data', broken, '--out', out]);
    expect(code).toBe(1);
    const event = `${broken}/events/tal-milh-attack.json`;
    expect(lines).toEqual([
      `${event}: $.claims[0].saidBy: unknown actor "nobody"`,
      `${event}: $.claims[1].quote: quote not found in source "mada-tal-milh" (${broken}/sources/mada-tal-milh.txt)`,
      `${event}: $.claims[2].translation: missing English translation of the quote`,
      `${event}: $.claims[3].figures[0].value: figure value 100 does not appear in the quote (numbers found: none)`,
      expect.stringMatching(/notes\.md: \$: unexpected file: a corpus folder holds corpus\.json/),
      `${broken}/topics.json: $: invalid JSON at line 1, column 15: expected ',' or '}' after a property value`,
      '6 problems in the corpus',
    ]);
    expect(await readdir(temp)).toEqual(['broken']);
  });

  it('with --check validates and writes nothing', async () => {
    const out = join(temp, 'corpus');
    const { code, lines } = await run(['--data', MINIMAL, '--out', out, '--check']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Corpus OK: 1 source, 1 event, 4 claims checked in \d+ ms \(nothing written\)$/,
      ),
    ]);
    expect(await readdir(temp)).toEqual([]);
  });

  it('reports a missing corpus folder as a problem', async () => {
    const missing = join(temp, 'nowhere');
    expect(await run(['--data', missing, '--check'])).toEqual({
      code: 1,
      lines: [`${missing}: $: corpus folder not found`, '1 problem in the corpus'],
    });
  });

  it('regenerates the JSON Schemas on request, rewriting only what changed', async () => {
    const data = join(temp, 'data');
    await mkdir(data);
    await run(['--data', data, '--check', '--write-schemas']);
    const names = await readdir(join(data, 'schema'));
    expect(names.sort()).toEqual(
      ['actors', 'corpus', 'event', 'metrics', 'places', 'sides', 'source', 'topics'].map(
        (name) => `${name}.schema.json`,
      ),
    );
    const event = JSON.parse(await readFile(join(data, 'schema', 'event.schema.json'), 'utf8')) as {
      required?: string[];
    };
    expect(event.required).toEqual(expect.arrayContaining(['id', 'title', 'questions']));
  });
});

describe('parseCliArgs', () => {
  it('defaults to data/ into public/corpus, regenerating schemas', () => {
    expect(parseCliArgs([])).toEqual({
      dataDir: 'data',
      outDir: 'public/corpus',
      check: false,
      writeSchemas: true,
    });
  });

  it('leaves schemas alone for another folder or a check, unless asked', () => {
    expect(parseCliArgs(['--data', 'x']).writeSchemas).toBe(false);
    expect(parseCliArgs(['--data', './data/']).writeSchemas).toBe(true);
    expect(parseCliArgs(['--check']).writeSchemas).toBe(false);
    expect(parseCliArgs(['--data', 'x', '--write-schemas']).writeSchemas).toBe(true);
  });

  it('rejects unknown flags', () => {
    expect(() => parseCliArgs(['--dat', 'x'])).toThrow(/--dat/);
  });
});

/** The minimal corpus with six problems, written where the CLI can read it. */
async function writeBrokenCorpus(dir: string): Promise<string> {
  const fixture = minimalCorpus();
  const [first, second, third, fourth] = fixture.events[0]?.claims ?? [];
  if (!first || !second || !third || !fourth) throw new Error('fixture claims missing');
  first.saidBy = 'nobody';
  second.quote = 'لم يقل هذا';
  second.figures = [];
  third.translation = undefined;
  fourth.figures = [{ metric: 'fled', scope: 'tal-milh-assault', value: 100, qualifier: 'about' }];
  fixture.extra.push(
    { path: 'data/topics.json', text: '{"topics": [] "extra": 1}' },
    { path: 'data/notes.md', text: 'scratch' },
  );
  for (const file of fixtureFiles(fixture)) {
    const path = join(dir, file.path.replace(/^data\//, ''));
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, file.text);
  }
  return dir;
}
