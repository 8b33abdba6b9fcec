import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  gzipBytes: number;
  files: { file: string; gzipBytes: number }[];
}

/**
 * The JavaScript a visitor downloads before anything is lazy-loaded: the
 * module scripts and modulepreloads the built index.html names, each
 * gzipped at zlib's default level (what most static hosts serve).
 */
export async function initialJs(distDir: string): Promise<InitialJs> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && tag.includes('type="module"');
    const isPreload = tag.startsWith('<link') && tag.includes('rel="modulepreload"');
    const ref = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && ref !== undefined) refs.add(ref);
  }
  const files = await Promise.all(
    [...refs].map(async (ref) => {
      // Built paths start with the base ("/assets/…"); the file sits under distDir.
      const file = ref.replace(/^(?:\.?\/)+/, '').replace(/^.*?(assets\/)/, '$1');
      const bytes = await readFile(join(distDir, file));
      return { file, gzipBytes: gzipSync(bytes).length };
    }),
  );
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}
