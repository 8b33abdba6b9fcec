import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { parseCliArgs } from './parse-cli-args';
import { readCorpusDir, readCorpusFiles } from './read-corpus-dir';

const MINIMAL = 'scripts/corpus/fixtures/minimal';

let corpus: string;
beforeEach(async () => {
  const temp = await mkdtemp(join(tmpdir(), 'riwaya-read-'));
  corpus = join(temp, 'corpus');
  await cp(MINIMAL, corpus, { recursive: true });
});
afterEach(async () => {
  await rm(join(corpus, '..'), { recursive: true, force: true });
});

/** Latin-1 "café": the byte 0xE9 starts a UTF-8 sequence that never completes. */
const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);

describe('reading a corpus folder', () => {
  it('decodes UTF-8 strictly, as the upload does, and names each file that is not', async () => {
    await writeFile(join(corpus, 'README.md'), latin1);
    await writeFile(join(corpus, 'sources', 'notes.txt'), latin1);
    const { files, errors } = await readCorpusFiles(corpus, 'data');
    expect(errors).toEqual([
      { file: 'data/README.md', path: '$', message: 'not UTF-8 text' },
      { file: 'data/sources/notes.txt', path: '$', message: 'not UTF-8 text' },
    ]);
    // Still handed to the compiler, so the rest of the corpus is checked too.
    expect(files.find((file) => file.path === 'data/README.md')?.text).toBe('caf\uFFFD\n');
  });

  it('refuses such a folder where every file must be readable', async () => {
    await writeFile(join(corpus, 'README.md'), latin1);
    await expect(readCorpusDir(corpus, 'data')).rejects.toThrow(
      'data/README.md: $: not UTF-8 text',
    );
  });

  it('makes npm run corpus fail with the file, then the other problems', async () => {
    await writeFile(join(corpus, 'README.md'), latin1);
    await writeFile(join(corpus, 'notes.md'), 'scratch');
    const lines: string[] = [];
    const code = await runCli(parseCliArgs(['--data', corpus, '--check']), (line) =>
      lines.push(line),
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${corpus}/README.md: $: not UTF-8 text`,
      expect.stringMatching(/notes\.md: \$: unexpected file: a corpus folder holds corpus\.json/),
      '2 problems in the corpus',
    ]);
  });
});
