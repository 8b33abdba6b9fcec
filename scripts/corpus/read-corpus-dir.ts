import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative as relativePath, sep } from 'node:path';
import { MAX_CORPUS_FILE_BYTES } from '../../src/corpus/limits';
import { formatCorpusError, type CorpusError } from '../../src/corpus/rules/corpus-error';
import type { CorpusFile } from '../../src/corpus/compiler/load-corpus';

export interface CorpusDirFiles {
  files: CorpusFile[];
  /** Files that could not be read as corpus text (not UTF-8, not a file, too large, a link out). */
  errors: CorpusError[];
}

// Strict, as the in-browser upload decodes: a corpus that compiles here must import there.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** What a thing that is neither a file nor a folder is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function isInside(root: string, path: string): boolean {
  const relative = relativePath(root, path);
  return relative !== '' && !relative.startsWith(`..${sep}`) && relative !== '..';
}

/**
 * Reads a corpus folder into the in-memory file list the compiler takes,
 * each path spelled `${displayRoot}/relative/path` so messages can be
 * clicked. schema/ is generated output, and hidden files (.DS_Store,
 * .gitkeep) are not corpus content: neither is read. A file that is not
 * UTF-8 is a problem; its text is still passed on (bad bytes replaced) so
 * the compiler reports the rest of the corpus rather than a missing file.
 *
 * Only regular files are read, each checked with lstat before it is opened: a symbolic link
 * is followed only to a regular file inside the corpus folder (a link to /etc/hostname in a
 * data pull request would otherwise be published in a shard), and pipes, sockets and devices
 * are refused unopened (a FIFO hung the compiler, /dev/zero grew it to 21 GB). Each refusal
 * is a problem line, `file: $: reason`, and the rest of the corpus is still checked.
 */
export async function readCorpusFiles(
  dataDir: string,
  displayRoot: string,
): Promise<CorpusDirFiles> {
  const files: CorpusFile[] = [];
  const errors: CorpusError[] = [];
  const root = await realpath(dataDir);

  /** The stats of what a path names, or a reason it is not read. */
  const regularFile = async (path: string): Promise<Stats | string> => {
    const own = await lstat(path);
    if (own.isSymbolicLink()) {
      const target = await realpath(path).catch(() => undefined);
      if (target === undefined) return 'a symbolic link to nothing; not read';
      if (!isInside(root, target)) {
        return 'a symbolic link leading outside the corpus folder; not read';
      }
      const followed = await stat(target);
      return followed.isFile() ? followed : `a symbolic link to ${kindOf(followed)}; not read`;
    }
    return own.isFile() ? own : `${kindOf(own)}; not read`;
  };

  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dataDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      // A real folder (never a link to one: it could lead out, or in circles) is walked.
      if (entry.isDirectory()) {
        if (path !== 'schema') await walk(path);
        continue;
      }
      const shown = displayRoot === '' ? path : `${displayRoot}/${path}`;
      const checked = await regularFile(join(dataDir, path));
      if (typeof checked === 'string') {
        errors.push({ file: shown, path: '$', message: checked });
        continue;
      }
      if (checked.size > MAX_CORPUS_FILE_BYTES) {
        const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;
        errors.push({
          file: shown,
          path: '$',
          message: `${megabytes(checked.size)}, over the ${megabytes(MAX_CORPUS_FILE_BYTES)} a corpus file may hold; not read`,
        });
        continue;
      }
      const bytes = await readFile(join(dataDir, path));
      try {
        files.push({ path: shown, text: utf8.decode(bytes) });
      } catch {
        errors.push({ file: shown, path: '$', message: 'not UTF-8 text' });
        files.push({ path: shown, text: lenient.decode(bytes) });
      }
    }
  };
  await walk('');
  return { files, errors };
}

/** The folder's files for tools that need all of them readable; throws on a file that is not UTF-8. */
export async function readCorpusDir(
  dataDir: string,
  displayRoot: string,
): Promise<CorpusDirFiles['files']> {
  const { files, errors } = await readCorpusFiles(dataDir, displayRoot);
  if (errors.length > 0) throw new Error(errors.map(formatCorpusError).join('\n'));
  return files;
}
