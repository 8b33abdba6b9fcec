import type { FileHandle, FolderHandle, WritableFile } from './draft-folder';

/** What a fake folder holds: a file's text, or a folder's entries. */
export interface FakeTree {
  [name: string]: string | Uint8Array | FakeTree;
}

const notFound = (name: string) => new DOMException(`${name} not found`, 'NotFoundError');

/**
 * A folder in memory with the File System Access API's shape, for tests: files and folders are
 * read from and written into `tree`. A writable commits only on close, as the browser's does;
 * `failWrites` makes writing the named files fail (a full disk, a revoked permission).
 */
export function fakeFolder(
  name: string,
  tree: FakeTree,
  failWrites: ReadonlySet<string> = new Set(),
): FolderHandle {
  const file = (fileName: string): FileHandle => ({
    kind: 'file',
    name: fileName,
    getFile: () => {
      const content = tree[fileName];
      if (
        content === undefined ||
        (typeof content !== 'string' && !(content instanceof Uint8Array))
      ) {
        return Promise.reject(notFound(fileName));
      }
      return Promise.resolve(new Blob([typeof content === 'string' ? content : content.slice()]));
    },
    createWritable: () => {
      let pending = '';
      const writable: WritableFile = {
        write: (data) => {
          if (failWrites.has(fileName)) return Promise.reject(new Error('The disk is full'));
          pending += data;
          return Promise.resolve();
        },
        close: () => {
          tree[fileName] = pending;
          return Promise.resolve();
        },
        abort: () => Promise.resolve(),
      };
      return Promise.resolve(writable);
    },
  });
  return {
    kind: 'directory',
    name,
    async *values() {
      await Promise.resolve();
      for (const [entry, content] of Object.entries(tree)) {
        yield typeof content === 'string' || content instanceof Uint8Array
          ? file(entry)
          : fakeFolder(entry, content, failWrites);
      }
    },
    getDirectoryHandle: (entry, options) => {
      const content = tree[entry];
      if (content === undefined && options?.create) tree[entry] = {};
      const folder = tree[entry];
      if (folder === undefined || typeof folder === 'string' || folder instanceof Uint8Array) {
        return Promise.reject(notFound(entry));
      }
      return Promise.resolve(fakeFolder(entry, folder, failWrites));
    },
    getFileHandle: (entry, options) => {
      if (tree[entry] === undefined && options?.create) tree[entry] = '';
      const content = tree[entry];
      if (
        content === undefined ||
        (typeof content !== 'string' && !(content instanceof Uint8Array))
      ) {
        return Promise.reject(notFound(entry));
      }
      return Promise.resolve(file(entry));
    },
    removeEntry: (entry) => {
      Reflect.deleteProperty(tree, entry);
      return Promise.resolve();
    },
  };
}
