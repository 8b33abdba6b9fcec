import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Files every page reads (the index, the parties' and sources' directory): parsed once. */
const sharedFile = /^(index\.json|directory\/)/;
/** How many other files stay parsed: a party's page and its events' pages read the same shards. */
const RECENT_FILES = 64;

/**
 * Reads compiled corpus files for the prerender, parsed. The shared ones are kept for the whole
 * run; of the rest only the most recent few, so 10,000 events never sit in memory at once.
 */
export function corpusFileReader(corpusDir: string): (file: string) => Promise<unknown> {
  const shared = new Map<string, Promise<unknown>>();
  const recent = new Map<string, Promise<unknown>>();
  // Read at once, not through the thread pool: a worker has nothing else to do while it waits,
  // and on a busy machine each queued read made it wait longer than the page took to render.
  const read = (file: string): Promise<unknown> => {
    try {
      return Promise.resolve(JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8')));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return (file) => {
    if (file.split('/').includes('..')) throw new Error(`corpus file outside the corpus: ${file}`);
    if (sharedFile.test(file)) {
      let parsed = shared.get(file);
      if (!parsed) shared.set(file, (parsed = read(file)));
      return parsed;
    }
    let parsed = recent.get(file);
    if (parsed) {
      recent.delete(file);
    } else {
      parsed = read(file);
      if (recent.size >= RECENT_FILES) {
        const oldest = recent.keys().next().value;
        if (oldest !== undefined) recent.delete(oldest);
      }
    }
    recent.set(file, parsed);
    return parsed;
  };
}
