import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  gzipBytes: number;
  files: { file: string; gzipBytes: number }[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The files a first visit loads before anything is lazy-loaded, from Vite's manifest: each
 * HTML entry's chunk and its static imports, and, for an entry that is only a loader (the
 * app's src/boot.ts, which paints the page first and then always imports the app), the
 * static graph of what it imports dynamically.
 */
export function initialFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry || !key.endsWith('.html')) continue;
    visit(key);
    for (const loaded of chunk.dynamicImports ?? []) visit(loaded);
  }
  return [...files].filter((file) => file.endsWith('.js'));
}

async function readManifest(distDir: string): Promise<Record<string, ManifestChunk>> {
  const text = await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8');
  return JSON.parse(text) as Record<string, ManifestChunk>;
}

/** That JavaScript, each file gzipped at zlib's default level (what most static hosts serve). */
export async function initialJs(distDir: string): Promise<InitialJs> {
  const files = await Promise.all(
    initialFiles(await readManifest(distDir)).map(async (file) => {
      const bytes = await readFile(join(distDir, file));
      return { file, gzipBytes: gzipSync(bytes).length };
    }),
  );
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}
