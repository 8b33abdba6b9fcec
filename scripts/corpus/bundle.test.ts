import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCorpus } from '../../src/corpus/compiler/compile-corpus';
import { corpusBundleSchema } from '../../src/lib/corpus-source/corpus-bundle';
import { parseBundleArgs, runBundle } from './bundle';

const MINIMAL = 'scripts/corpus/fixtures/minimal';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'riwaya-bundle-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

async function run(args: string[]) {
  const lines: string[] = [];
  const code = await runBundle(parseBundleArgs(args), (line) => lines.push(line));
  return { code, lines };
}

describe('npm run corpus:bundle', () => {
  it('writes every corpus file under data/, and the bundle compiles as it stands', async () => {
    const out = join(temp, 'nested', 'minimal.json');
    const { code, lines } = await run(['--data', MINIMAL, '--out', out]);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^Corpus bundled: 9 files, 1 events, [\d.]+ kB/)]);
    const bundle = corpusBundleSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(bundle.files.map((file) => file.path)).toContain('data/events/tal-milh-attack.json');
    expect(bundle.files.every((file) => file.path.startsWith('data/'))).toBe(true);
    expect(compileCorpus(bundle.files, { root: 'data' }).ok).toBe(true);
  });

  it('refuses a broken corpus with the compiler’s messages and writes nothing', async () => {
    const broken = join(temp, 'broken');
    await cp(MINIMAL, broken, { recursive: true });
    await writeFile(join(broken, 'events', 'tal-milh-attack.json'), '{"id": ');
    const out = join(temp, 'broken.json');
    const { code, lines } = await run(['--data', broken, '--out', out]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^data\/events\/tal-milh-attack\.json: \$: /);
    expect(lines.at(-1)).toMatch(/problems? in the corpus$/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('refuses a file that is not UTF-8 as one of the problems, not a crash', async () => {
    const latin1 = join(temp, 'latin1');
    await cp(MINIMAL, latin1, { recursive: true });
    // Latin-1 "café": 0xE9 starts a UTF-8 sequence that never completes.
    await writeFile(join(latin1, 'sources', 'notes.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const out = join(temp, 'latin1.json');
    const { code, lines } = await run(['--data', latin1, '--out', out]);
    expect(code).toBe(1);
    expect(lines).toContain('data/sources/notes.txt: $: not UTF-8 text');
    expect(lines.at(-1)).toMatch(/problems? in the corpus$/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('reports a missing folder and demands both flags', async () => {
    expect((await run(['--data', join(temp, 'none'), '--out', join(temp, 'x.json')])).code).toBe(1);
    expect(() => parseBundleArgs(['--data', MINIMAL])).toThrow('both --data and --out');
    expect(() => parseBundleArgs(['--data', MINIMAL, '--out', 'x', '--zip'])).toThrow();
  });
});
