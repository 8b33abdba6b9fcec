import { MAX_CORPUS_FILE_BYTES } from '@/corpus/limits';
import type { DraftFiles } from './draft-files';
import { draftExportFiles } from './draft-zip';

/**
 * The parts of the File System Access API the workbench uses, so tests can pass a fake folder.
 * The browser's FileSystemDirectoryHandle and FileSystemFileHandle fit these shapes.
 */
export interface FolderHandle {
  readonly kind: 'directory';
  readonly name: string;
  values: () => AsyncIterable<FolderHandle | FileHandle>;
  getDirectoryHandle: (name: string, options?: { create?: boolean }) => Promise<FolderHandle>;
  getFileHandle: (name: string, options?: { create?: boolean }) => Promise<FileHandle>;
  removeEntry: (name: string) => Promise<void>;
  /** Chromium's permission calls, which the DOM typings lack: asked before a save writes. */
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
}

export interface FileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile: () => Promise<Blob>;
  createWritable: () => Promise<WritableFile>;
}

export interface WritableFile {
  write: (data: string) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
}

export type FolderRead =
  /** `folder`: the corpus folder read (the chosen one, or its data/). */
  | { ok: true; files: DraftFiles; folder: FolderHandle }
  | { ok: false; reason: 'no-corpus' }
  | { ok: false; reason: 'not-utf8' | 'too-large'; path: string };

// ignoreBOM keeps a byte-order mark in the text, as the CLI's own read does: a source saved
// back is then the file it was, byte for byte.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function childFolder(folder: FolderHandle, name: string): Promise<FolderHandle | undefined> {
  for await (const entry of folder.values()) {
    if (entry.kind === 'directory' && entry.name === name) return entry;
  }
  return undefined;
}

async function hasFile(folder: FolderHandle, name: string): Promise<boolean> {
  for await (const entry of folder.values()) {
    if (entry.kind === 'file' && entry.name === name) return true;
  }
  return false;
}

/**
 * The corpus folder in what the reader chose: the folder itself when it holds corpus.json, or
 * its data/ when it is a checkout of Riwaya (or of any repository keeping its corpus there).
 */
export async function corpusFolderIn(chosen: FolderHandle): Promise<FolderHandle | undefined> {
  if (await hasFile(chosen, 'corpus.json')) return chosen;
  const data = await childFolder(chosen, 'data');
  return data && (await hasFile(data, 'corpus.json')) ? data : undefined;
}

/**
 * A corpus folder read into a draft, as `npm run corpus` reads it: hidden files and folders
 * (.git, .DS_Store) and the generated schema/ are left out; every other file must be UTF-8
 * text within the compiler's size bound, or nothing is read.
 */
export async function readDraftFolder(chosen: FolderHandle): Promise<FolderRead> {
  const root = await corpusFolderIn(chosen);
  if (!root) return { ok: false, reason: 'no-corpus' };
  const files: Record<string, string> = {};
  const walk = async (folder: FolderHandle, prefix: string): Promise<FolderRead | undefined> => {
    const entries: (FolderHandle | FileHandle)[] = [];
    for await (const entry of folder.values()) entries.push(entry);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = `${prefix}${entry.name}`;
      if (entry.kind === 'directory') {
        if (path === 'schema') continue;
        const failed = await walk(entry, `${path}/`);
        if (failed) return failed;
        continue;
      }
      const blob = await entry.getFile();
      if (blob.size > MAX_CORPUS_FILE_BYTES) return { ok: false, reason: 'too-large', path };
      try {
        files[path] = utf8.decode(await blob.arrayBuffer());
      } catch {
        return { ok: false, reason: 'not-utf8', path };
      }
    }
    return undefined;
  };
  return (await walk(root, '')) ?? { ok: true, files, folder: root };
}

export type FolderWrite =
  | { ok: true; folder: string; written: string[]; unchanged: number }
  | { ok: false; folder: string; written: string[]; failed: string; reason: string };

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/** The folder a path's file goes in (made if missing), and the file when it exists. */
async function placeOf(
  root: FolderHandle,
  path: string,
): Promise<{ folder: FolderHandle; name: string; file: FileHandle | undefined }> {
  const parts = path.split('/');
  const name = parts.pop() ?? path;
  let folder = root;
  for (const part of parts) folder = await folder.getDirectoryHandle(part, { create: true });
  try {
    return { folder, name, file: await folder.getFileHandle(name) };
  } catch (error) {
    if (isNotFound(error)) return { folder, name, file: undefined };
    throw error;
  }
}

/**
 * Writes the draft's export (its corpus files and schemas) into the corpus folder in `chosen`
 * (or into `chosen` itself when it holds no corpus yet). A file whose text is already the same
 * is not rewritten. Each file goes through a writable stream, which the browser writes to a
 * copy and swaps in on close, so a failure leaves that file as it was, never half written;
 * the first failure stops the save and is reported with the files written before it. Files of
 * the folder that the draft does not have are left alone.
 */
export async function writeDraftFolder(
  chosen: FolderHandle,
  files: DraftFiles,
): Promise<FolderWrite> {
  const root = (await corpusFolderIn(chosen)) ?? chosen;
  const written: string[] = [];
  let unchanged = 0;
  const paths = Object.entries(draftExportFiles(files)).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const [path, text] of paths) {
    let writable: WritableFile | undefined;
    let created: { folder: FolderHandle; name: string } | undefined;
    try {
      const place = await placeOf(root, path);
      if (place.file && (await (await place.file.getFile()).text()) === text) {
        unchanged += 1;
        continue;
      }
      let file = place.file;
      if (!file) {
        file = await place.folder.getFileHandle(place.name, { create: true });
        created = place;
      }
      writable = await file.createWritable();
      await writable.write(text);
      await writable.close();
      written.push(path);
    } catch (error) {
      await writable?.abort().catch(() => undefined);
      // A file this save created and could not fill is removed, not left empty.
      await created?.folder.removeEntry(created.name).catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, folder: root.name, written, failed: path, reason };
    }
  }
  return { ok: true, folder: root.name, written, unchanged };
}
