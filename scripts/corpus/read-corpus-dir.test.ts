import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { parseCliArgs } from './parse-cli-args';
import { MAX_CORPUS_FILE_BYTES } from '../../src/corpus/limits';
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

describe('reading only the corpus folder’s own regular files', () => {
  const problem = (file: string, message: string) => ({ file: `data/${file}`, path: '$', message });

  it('refuses a symbolic link leading outside the folder, and never reads its target', async () => {
    const secret = join(corpus, '..', 'secret.txt');
    await writeFile(secret, 'CI_TOKEN=do-not-publish');
    await symlink(secret, join(corpus, 'sources', 'leak.txt'));
    const { files, errors } = await readCorpusFiles(corpus, 'data');
    expect(errors).toEqual([
      problem('sources/leak.txt', 'a symbolic link leading outside the corpus folder; not read'),
    ]);
    expect(files.some((file) => file.text.includes('do-not-publish'))).toBe(false);
  });

  it('refuses a link to a device unopened (/dev/zero once grew the compiler to 21 GB)', async () => {
    await symlink('/dev/zero', join(corpus, 'zero.txt'));
    const { errors } = await readCorpusFiles(corpus, 'data');
    expect(errors).toEqual([
      problem('zero.txt', 'a symbolic link leading outside the corpus folder; not read'),
    ]);
  });

  it('follows a link to a regular file inside the folder, but not a link to a folder', async () => {
    await writeFile(join(corpus, 'notes.md'), 'kept');
    await symlink(join(corpus, 'notes.md'), join(corpus, 'notes-again.md'));
    await mkdir(join(corpus, 'extra'));
    await symlink(join(corpus, 'extra'), join(corpus, 'loop'));
    const { files, errors } = await readCorpusFiles(corpus, 'data');
    expect(files.find((file) => file.path === 'data/notes-again.md')?.text).toBe('kept');
    expect(errors).toEqual([problem('loop', 'a symbolic link to a folder; not read')]);
  });

  it('refuses a named pipe without opening it (opening one hung the compiler)', async () => {
    execFileSync('mkfifo', [join(corpus, 'pipe.json')]);
    const { errors } = await readCorpusFiles(corpus, 'data');
    expect(errors).toEqual([problem('pipe.json', 'a named pipe; not read')]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    // Sparse: the size is on record, no bytes are written.
    await writeFile(join(corpus, 'sources', 'huge.txt'), '');
    await truncate(join(corpus, 'sources', 'huge.txt'), MAX_CORPUS_FILE_BYTES + 4 * 1024 * 1024);
    const { files, errors } = await readCorpusFiles(corpus, 'data');
    expect(errors).toEqual([
      problem('sources/huge.txt', '20.0 MB, over the 16.0 MB a corpus file may hold; not read'),
    ]);
    expect(files.some((file) => file.path === 'data/sources/huge.txt')).toBe(false);
  });

  it('makes npm run corpus fail naming each refused file', async () => {
    await symlink('/etc/hostname', join(corpus, 'hostname.json'));
    const lines: string[] = [];
    const code = await runCli(parseCliArgs(['--data', corpus, '--check']), (line) =>
      lines.push(line),
    );
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${corpus}/hostname.json: $: a symbolic link leading outside the corpus folder; not read`,
    );
  });
});

describe('what npm run corpus echoes', () => {
  it('escapes a file name’s newline and terminal escapes, so it cannot forge or hide a line', async () => {
    await writeFile(join(corpus, 'evil\n\u001b[2Jdata: $: all good.md'), 'x');
    const lines: string[] = [];
    const code = await runCli(parseCliArgs(['--data', corpus, '--check']), (line) =>
      lines.push(line),
    );
    expect(code).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('evil\\n\\u001b[2Jdata: $: all good.md: $: unexpected file');
    expect(lines.some((line) => line.includes('\n') || line.includes('\u001b'))).toBe(false);
  });
});

describe('a key given twice in a corpus file', () => {
  it('fails npm run corpus naming the file and the path', async () => {
    const file = join(corpus, 'corpus.json');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"id": "test",', '"id": "test",\n  "id": "other",'));
    const lines: string[] = [];
    const code = await runCli(parseCliArgs(['--data', corpus, '--check']), (line) =>
      lines.push(line),
    );
    expect(code).toBe(1);
    expect(lines).toContain(
      `${corpus}/corpus.json: $.id: duplicate key "id": a reader sees the first value, the build would use the last`,
    );
  });
});
