import { describe, expect, it } from 'vitest';
import { emptyDraftFiles, WORKBENCH_FOLDER } from './draft-files';
import { readDraftFolder, writeDraftFolder } from './draft-folder';
import { fakeFolder, type FakeTree } from './folder-fixture';
import { draftExportFiles } from './draft-zip';

const text = (value: string | Uint8Array | FakeTree | undefined) =>
  typeof value === 'string' ? value : undefined;

function corpusTree(): FakeTree {
  const files = emptyDraftFiles('tal-malah', { ar: 'تل ملح', en: 'Tal Malah' });
  const tree: FakeTree = { sources: {}, events: {}, schema: { 'event.schema.json': '{}' } };
  for (const [path, content] of Object.entries(files)) tree[path] = content;
  (tree.sources as FakeTree)['a.txt'] = '\uFEFFنص\r\nكما هو';
  (tree.sources as FakeTree)['a.json'] = '{"id":"a"}\n';
  tree['.DS_Store'] = new Uint8Array([0, 1, 2]);
  tree['.git'] = { HEAD: 'ref: refs/heads/main\n' };
  tree['README.md'] = '# Tal Malah\n';
  return tree;
}

describe('readDraftFolder', () => {
  it('reads a corpus folder into draft files, leaving out hidden files and schema/', async () => {
    const read = await readDraftFolder(fakeFolder('data', corpusTree()));
    if (!read.ok) throw new Error(read.reason);
    expect(read.folder.name).toBe('data');
    expect(Object.keys(read.files).sort()).toEqual([
      'README.md',
      'actors.json',
      'corpus.json',
      'metrics.json',
      'places.json',
      'sides.json',
      'sources/a.json',
      'sources/a.txt',
      'topics.json',
    ]);
    // Byte for byte: the byte-order mark and Windows line breaks kept.
    expect(read.files['sources/a.txt']).toBe('\uFEFFنص\r\nكما هو');
  });

  it('finds the corpus in the data/ folder of a checkout', async () => {
    const read = await readDraftFolder(
      fakeFolder('riwaya', { 'package.json': '{}', src: { 'main.tsx': '' }, data: corpusTree() }),
    );
    if (!read.ok) throw new Error(read.reason);
    expect(read.folder.name).toBe('data');
    expect(read.files['package.json']).toBeUndefined();
    expect(read.files['corpus.json']).toContain('"tal-malah"');
  });

  it('refuses a folder with no corpus, and names a file that is not UTF-8', async () => {
    expect(await readDraftFolder(fakeFolder('home', { 'notes.txt': 'x' }))).toEqual({
      ok: false,
      reason: 'no-corpus',
    });
    const tree = corpusTree();
    (tree.sources as FakeTree)['b.txt'] = new Uint8Array([0xc7, 0xe1, 0xd1]);
    expect(await readDraftFolder(fakeFolder('data', tree))).toEqual({
      ok: false,
      reason: 'not-utf8',
      path: 'sources/b.txt',
    });
  });
});

describe('writeDraftFolder', () => {
  const draft = {
    ...emptyDraftFiles('tal-malah', { ar: 'تل ملح', en: 'Tal Malah' }),
    'sources/a.txt': 'نص\r\nكما هو',
    [`${WORKBENCH_FOLDER}pending-claims.json`]: '[]\n',
  };

  it('writes every exported file into an empty folder, never .workbench/', async () => {
    const tree: FakeTree = {};
    const result = await writeDraftFolder(fakeFolder('out', tree), draft);
    const exported = draftExportFiles(draft);
    expect(result).toEqual({
      ok: true,
      folder: 'out',
      written: Object.keys(exported).sort(),
      unchanged: 0,
    });
    expect(text((tree.sources as FakeTree)['a.txt'])).toBe('نص\r\nكما هو');
    expect(text((tree.schema as FakeTree)['event.schema.json'])).toBe(
      exported['schema/event.schema.json'],
    );
    expect(tree['.workbench']).toBeUndefined();
  });

  it('writes only what changed into the corpus folder of a checkout, and leaves other files', async () => {
    const data = corpusTree();
    const tree: FakeTree = { data, 'package.json': '{}' };
    const result = await writeDraftFolder(fakeFolder('riwaya', tree), {
      ...draft,
      'sources/a.txt': 'نص\r\nمعدّل',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.folder).toBe('data');
    // Every schema (the folder had one stale), and the one text edited; nothing else.
    expect(result.written).toEqual([
      ...Object.keys(draftExportFiles(draft))
        .filter((path) => path.startsWith('schema/'))
        .sort(),
      'sources/a.txt',
    ]);
    expect(result.unchanged).toBe(6);
    expect(result.written).not.toContain('corpus.json');
    expect(text((data.sources as FakeTree)['a.txt'])).toBe('نص\r\nمعدّل');
    expect(text((data.sources as FakeTree)['a.json'])).toBe('{"id":"a"}\n');
    expect(text(data['README.md'])).toBe('# Tal Malah\n');
    expect(tree['corpus.json']).toBeUndefined();
  });

  it('reports the file that failed and those written before it, and leaves no empty new file', async () => {
    const tree: FakeTree = {};
    const result = await writeDraftFolder(
      fakeFolder('out', tree, new Set(['metrics.json'])),
      draft,
    );
    expect(result).toEqual({
      ok: false,
      folder: 'out',
      written: ['actors.json', 'corpus.json'],
      failed: 'metrics.json',
      reason: 'The disk is full',
    });
    expect(Object.keys(tree).sort()).toEqual(['actors.json', 'corpus.json']);
  });
});
