import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pageEntriesPlugin } from './scripts/build/page-entries-plugin.ts';
import { baseMapPlugin } from './scripts/map/base-map-plugin.ts';

// BASE_PATH lets the same build be hosted under a sub-path (e.g. /riwaya/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    // The map's base geometry, cut to the region at build time.
    baseMapPlugin(),
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
    // What each entry loads, for the bench's count of the JavaScript a first visit fetches.
    manifest: true,
    // No modulepreload links or helper: each costs a DOM insertion and a compile on the main
    // thread while the page hydrates (about 150 ms of Lighthouse's blocking time on the
    // comparison). Chunks load by their imports instead, a round trip or two later, after
    // the page is already painted and readable (src/boot.ts).
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Zod and the module that configures it (src/corpus/zod.ts) travel
          // together, in one chunk that only lazy chunks import.
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]corpus[\\/]zod\.ts/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
