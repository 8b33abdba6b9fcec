import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { pageEntriesPlugin } from './scripts/build/page-entries-plugin';

const zodConfig = fileURLToPath(new URL('./src/lib/trusted-types.ts', import.meta.url));

/**
 * Zod must be set to jitless before any schema is defined (Trusted Types; see
 * src/lib/trusted-types.ts). Schemas now load lazily from several chunks, so
 * the app's imports of 'zod' resolve to that module, which configures zod and
 * re-exports it: ES module order then guarantees the setting comes first.
 */
function zodThroughTrustedTypes(): Plugin {
  return {
    name: 'riwaya:zod-through-trusted-types',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'zod' || importer === undefined) return null;
      const from = importer.split('?')[0] ?? importer;
      if (from === zodConfig || from.includes('/node_modules/')) return null;
      return zodConfig;
    },
  };
}

// BASE_PATH lets the same build be hosted under a sub-path (e.g. /riwaya/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    zodThroughTrustedTypes(),
    react(),
    tailwindcss(),
    // SITE_URL (e.g. https://riwaya.example) makes og:url and canonical links absolute.
    pageEntriesPlugin({ siteUrl: process.env.SITE_URL }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        advancedChunks: {
          // Zod and the module that configures it (src/lib/trusted-types.ts)
          // travel together, in one chunk that only lazy chunks import.
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]trusted-types\.ts/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
