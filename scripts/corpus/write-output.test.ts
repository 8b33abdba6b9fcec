import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertSafeOutDir, writeSchemas } from './write-output';

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'riwaya-out-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('assertSafeOutDir', () => {
  it('accepts a new folder, or one holding an earlier index.json', async () => {
    await expect(assertSafeOutDir(join(temp, 'new'), 'data')).resolves.toBeUndefined();
    await mkdir(join(temp, 'old'));
    await writeFile(join(temp, 'old', 'index.json'), '{}');
    await expect(assertSafeOutDir(join(temp, 'old'), 'data')).resolves.toBeUndefined();
  });

  it('refuses to empty the corpus, the project, or a folder of other files', async () => {
    await expect(assertSafeOutDir('data', 'data')).rejects.toThrow(/refusing to write into data/);
    await expect(assertSafeOutDir('data/schema', 'data')).rejects.toThrow(/refusing/);
    await expect(assertSafeOutDir('.', 'data')).rejects.toThrow(/refusing/);
    await expect(assertSafeOutDir('/', 'data')).rejects.toThrow(/refusing/);
    await writeFile(join(temp, 'notes.txt'), 'mine');
    await expect(assertSafeOutDir(temp, 'data')).rejects.toThrow(/holds no index\.json/);
  });
});

describe('writeSchemas', () => {
  it('writes every schema once and then only what changed', async () => {
    expect(await writeSchemas(temp)).toBe(8);
    expect(await writeSchemas(temp)).toBe(0);
  });
});
