import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCorpusError, type CorpusError } from '../../src/corpus/rules/corpus-error';
import type { CorpusFile } from '../../src/corpus/compiler/load-corpus';

export interface CorpusDirFiles {
  files: CorpusFile[];
  /** Files that are not valid UTF-8, one problem each, in path order. */
  errors: CorpusError[];
}

// Strict, as the in-browser upload decodes: a corpus that compiles here must import there.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Reads a corpus folder into the in-memory file list the compiler takes,
 * each path spelled `${displayRoot}/relative/path` so messages can be
 * clicked. schema/ is generated output, and hidden files (.DS_Store,
 * .gitkeep) are not corpus content: neither is read. A file that is not
 * UTF-8 is a problem; its text is still passed on (bad bytes replaced) so
 * the compiler reports the rest of the corpus rather than a missing file.
 */
export async function readCorpusFiles(
  dataDir: string,
  displayRoot: string,
): Promise<CorpusDirFiles> {
  const files: CorpusFile[] = [];
  const errors: CorpusError[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dataDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'schema') await walk(path);
        continue;
      }
      const bytes = await readFile(join(dataDir, path));
      const shown = displayRoot === '' ? path : `${displayRoot}/${path}`;
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
export async function readCorpusDir(dataDir: string, displayRoot: string): Promise<CorpusFile[]> {
  const { files, errors } = await readCorpusFiles(dataDir, displayRoot);
  if (errors.length > 0) throw new Error(errors.map(formatCorpusError).join('\n'));
  return files;
}
