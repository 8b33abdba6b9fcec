import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusFile } from '../../src/corpus/compiler/load-corpus';

/**
 * Reads a corpus folder into the in-memory file list the compiler takes,
 * each path spelled `${displayRoot}/relative/path` so messages can be
 * clicked. schema/ is generated output, and hidden files (.DS_Store,
 * .gitkeep) are not corpus content: neither is read.
 */
export async function readCorpusDir(dataDir: string, displayRoot: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dataDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'schema') await walk(path);
      } else {
        const text = await readFile(join(dataDir, path), 'utf8');
        files.push({ path: displayRoot === '' ? path : `${displayRoot}/${path}`, text });
      }
    }
  };
  await walk('');
  return files;
}
