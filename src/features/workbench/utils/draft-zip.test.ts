import { strToU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCorpus } from '@/corpus/compiler/compile-corpus';
import type { CorpusFile } from '@/corpus/compiler/load-corpus';
import { addSource } from './add-source';
import { emptyDraftFiles, WORKBENCH_FOLDER, type DraftFiles } from './draft-files';
import { draftFilesFromCompiled } from './draft-from-compiled';
import { draftZip, draftZipFile, draftZipName } from './draft-zip';

/**
 * The parts of Node this test uses, typed here: the app's TypeScript project has no Node types
 * (src/ runs in browsers), and this is the one test in it that needs a folder on disk and the
 * CLI in a process of its own.
 */
interface NodeFs {
  mkdtemp: (prefix: string) => Promise<string>;
  mkdir: (path: string, options: { recursive: true }) => Promise<unknown>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  readFile: ((path: string, encoding: 'utf8') => Promise<string>) &
    ((path: string) => Promise<Uint8Array>);
  readdir: ((path: string) => Promise<string[]>) &
    ((
      path: string,
      options: { withFileTypes: true },
    ) => Promise<{ name: string; isFile: () => boolean }[]>);
  rm: (path: string, options: { recursive: true; force: true }) => Promise<void>;
}
type ExecFile = (
  file: string,
  args: string[],
  options: { timeout: number },
  done: (error: (Error & { code?: number }) | null, stdout: string, stderr: string) => void,
) => unknown;

/** Named in variables, so TypeScript does not look for the Node types this project lacks. */
const nodeModule = { fs: 'node:fs/promises', os: 'node:os', process: 'node:child_process' };
const { mkdir, mkdtemp, readFile, readdir, rm, writeFile } = (await import(
  nodeModule.fs
)) as NodeFs;
const { tmpdir } = (await import(nodeModule.os)) as { tmpdir: () => string };
const { execFile } = (await import(nodeModule.process)) as { execFile: ExecFile };

const join = (...parts: string[]) => parts.join('/');
const dirname = (path: string) => path.slice(0, path.lastIndexOf('/'));

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'riwaya-draft-zip-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** The bundled corpus's data files as committed (schemas and README are not data). */
async function bundledFiles(): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (const folder of ['data', 'data/events', 'data/sources']) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name === 'README.md') continue;
      const path = `${folder}/${entry.name}`;
      files.push({ path, text: await readFile(path, 'utf8') });
    }
  }
  return files;
}

/** A draft copied from the compiled bundled corpus, as the workbench's "Start from" makes it. */
async function bundledDraft(): Promise<DraftFiles> {
  const result = compileCorpus(await bundledFiles());
  if (!result.ok) throw new Error('the bundled corpus does not compile');
  return draftFilesFromCompiled({
    index: result.index,
    events: result.eventShards.map((shard) => shard.data),
    sources: result.sourceShards.map((shard) => shard.data),
  });
}

/** Unzips into the temp folder, as `unzip` would; returns each entry's bytes by its path. */
async function unzipTo(zip: Uint8Array): Promise<Record<string, Uint8Array>> {
  const entries = unzipSync(zip);
  for (const [path, bytes] of Object.entries(entries)) {
    await mkdir(dirname(join(temp, path)), { recursive: true });
    await writeFile(join(temp, path), bytes);
  }
  return entries;
}

/** `npm run corpus -- --data <folder> --check`: the CLI itself, in its own process. */
function checkWithCli(folder: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/tsx',
      ['scripts/corpus/cli.ts', '--data', join(temp, folder), '--check'],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

const pendingClaims = `${WORKBENCH_FOLDER}pending-claims.json`;

describe('draftZip', () => {
  it('exports the bundled-corpus draft as a folder the CLI checks with no problem, texts byte for byte', async () => {
    const draft = {
      ...(await bundledDraft()),
      [pendingClaims]: '[{"id":"p1","source":"x","quote":"y"}]\n',
    };
    const name = draftZipName(draft, 'My copy');
    const folder = name.replace(/\.zip$/, '');
    const { id } = JSON.parse(await readFile('data/corpus.json', 'utf8')) as { id: string };
    expect(name).toBe(`${id}.zip`);

    const entries = await unzipTo(draftZip(draft, 'My copy'));
    const paths = Object.keys(entries);
    expect(paths.every((path) => path.startsWith(`${folder}/`))).toBe(true);
    expect(paths.filter((path) => path.includes(WORKBENCH_FOLDER))).toEqual([]);

    const committedTexts = (await readdir('data/sources')).filter((file) => file.endsWith('.txt'));
    const exportedTexts = paths.filter((path) => /\/sources\/[^/]+\.txt$/.test(path));
    expect(exportedTexts).toHaveLength(committedTexts.length);
    for (const file of committedTexts) {
      const exported = entries[`${folder}/sources/${file}`];
      expect(exported, file).toBeDefined();
      expect(exported, file).toEqual(new Uint8Array(await readFile(`data/sources/${file}`)));
    }
    // Every $schema path names a file the export holds, the same as the committed one.
    for (const schema of await readdir('data/schema')) {
      expect(new TextDecoder().decode(entries[`${folder}/schema/${schema}`])).toBe(
        await readFile(`data/schema/${schema}`, 'utf8'),
      );
    }

    const { code, output } = await checkWithCli(folder);
    expect(output).toMatch(/^Corpus OK: /);
    expect(code).toBe(0);
  });

  it('exports a draft made in the workbench that the CLI accepts, its pasted text unchanged', async () => {
    const text = 'قالت وزارة الدفاع\r\nإن 40 جنديا قتلوا.\n\u00a0ـ «نفي»\n';
    const draft = {
      ...addSource(emptyDraftFiles('ministry-denial', { ar: 'نفي', en: 'A denial' }), {
        id: 'ministry-statement-2020-01',
        outlet: null,
        outletNote: { ar: 'نص بلا منفذ مسمّى', en: 'A text with no named outlet' },
        title: 'بيان وزارة الدفاع',
        language: 'ar',
        published: { value: '2020-01-23', precision: 'day', basis: 'stated' },
        text,
      }),
      [pendingClaims]: '[]\n',
    };
    const entries = await unzipTo(draftZip(draft, 'ignored: corpus.json names it'));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'actors.json',
        'corpus.json',
        'metrics.json',
        'places.json',
        'sides.json',
        'sources/ministry-statement-2020-01.json',
        'sources/ministry-statement-2020-01.txt',
        'topics.json',
        ...(await readdir('data/schema')).map((schema) => `schema/${schema}`),
      ]
        .map((path) => `ministry-denial/${path}`)
        .sort(),
    );
    expect(entries['ministry-denial/sources/ministry-statement-2020-01.txt']).toEqual(
      strToU8(text),
    );
    const { code, output } = await checkWithCli('ministry-denial');
    expect(output).toMatch(/^Corpus OK: 1 source, 0 events, 0 claims/);
    expect(code).toBe(0);
  });

  it('leaves .workbench/ out, and the CLI reports a draft problem as the workbench does', async () => {
    const draft = {
      ...emptyDraftFiles('broken', { ar: 'ب', en: 'B' }),
      'events/lost.json': '{ not json',
      [pendingClaims]: '[]\n',
      [`${WORKBENCH_FOLDER}notes/x.txt`]: 'private notes',
    };
    const entries = await unzipTo(draftZip(draft, 'x'));
    expect(Object.keys(entries).filter((path) => path.includes('.workbench'))).toEqual([]);
    expect(entries['broken/events/lost.json']).toEqual(strToU8('{ not json'));
    const { code, output } = await checkWithCli('broken');
    expect(code).toBe(1);
    expect(output).toContain('events/lost.json');
  });

  it('names the zip after the corpus id, or a slug of the title while corpus.json gives none', () => {
    const files = emptyDraftFiles('tal-malah', { ar: 'ت', en: 'T' });
    expect(draftZipName(files, 'Anything')).toBe('tal-malah.zip');
    expect(draftZipName({ ...files, 'corpus.json': '{' }, 'Idlib: Jan 2020 / draft')).toBe(
      'idlib-jan-2020-draft.zip',
    );
    expect(draftZipName({ 'corpus.json': '{"id":"../../etc"}' }, 'مسودة')).toBe('new-corpus.zip');
    const file = draftZipFile(files, 'x');
    expect(file.name).toBe('tal-malah.zip');
    expect(file.type).toBe('application/zip');
  });
});
