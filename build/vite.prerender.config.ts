// Vite SSR build of renderer/src/prerender.tsx for build/scripts/prerender.ts (build time only; never shipped).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: resolve(root, 'renderer'),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    ssr: resolve(root, 'renderer/src/prerender.tsx'),
    outDir: resolve(root, 'out/prerender'),
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'prerender.mjs' } },
  },
  ssr: { noExternal: true },
});
