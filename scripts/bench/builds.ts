import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const CONFIG = resolve('vite.config.ts');

/**
 * A public/ folder of our own for one build: public/'s static files plus a
 * compiled corpus. The app's build reads <publicDir>/corpus (its page
 * entries) and copies it to dist/corpus, so pointing publicDir here builds
 * against the synthetic corpus without touching public/corpus, which other
 * work in this tree serves.
 */
export async function preparePublicDir(publicDir: string): Promise<string> {
  await rm(publicDir, { recursive: true, force: true });
  await mkdir(publicDir, { recursive: true });
  for (const entry of await readdir('public').catch((): string[] => [])) {
    if (entry !== 'corpus')
      await cp(join('public', entry), join(publicDir, entry), { recursive: true });
  }
  return join(publicDir, 'corpus');
}

/** The production build, as `vite build` makes it, from another public folder into another outDir. */
export async function buildApp(publicDir: string, outDir: string): Promise<void> {
  await build({
    configFile: CONFIG,
    publicDir: resolve(publicDir),
    build: { outDir: resolve(outDir), emptyOutDir: true },
    logLevel: 'warn',
  });
}

/** The yardstick: Vite's React template reduced to <h1>Hello</h1>, same vite and plugin. */
export async function buildBareTemplate(dir: string, outDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Bare</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`,
  );
  await writeFile(
    join(dir, 'main.tsx'),
    `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <h1>Hello</h1>
  </StrictMode>,
);
`,
  );
  await build({
    configFile: false,
    root: resolve(dir),
    plugins: [react()],
    // A manifest, as the app's build writes, for initialJs to read.
    build: { outDir: resolve(outDir), emptyOutDir: true, manifest: true },
    logLevel: 'warn',
  });
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** `vite preview` in this process, on the first free port from 4191: closing it leaves nothing running. */
export async function serve(outDir: string, port = 4191): Promise<Served> {
  const server = await preview({
    configFile: CONFIG,
    build: { outDir: resolve(outDir) },
    preview: { host: '127.0.0.1', port, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error('vite preview did not report its address');
  }
  return { url, close: () => server.close() };
}
