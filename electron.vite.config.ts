// electron-vite build of the three parts: main (ESM), a sandboxed CommonJS preload, and the renderer.
// The renderer build is the same static folder the web edition serves (relative base './').
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
// The model's calibration targets and equations are read only by the Model page: their own chunk, declared free of
// side effects (they only define constants), so the shared model chunk every figure loads does not import them.
const MODEL_PAGE_DATA = /renderer[\\/]src[\\/]model[\\/](targets|equations)\.ts$/;
/** The content compiled by `npm run lessons` (lesson modules and JSON data). */
const GENERATED = /renderer[\\/]src[\\/]data[\\/]generated[\\/]/;
const EAGER_CONTENT = /renderer[\\/]src[\\/]data[\\/]generated[\\/](lessons|glossary|references|check-yourself|trials|lesson-slugs)\.json$/;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['zod'] },
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    // Workers (the virtual cohort) are bundled on their own: minified like the page's chunks.
    worker: {
      format: 'es',
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (MODEL_PAGE_DATA.test(id) ? false : undefined) }, output: { minify: true } },
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      cssMinify: 'lightningcss',
      // electron-vite leaves the renderer unminified by default; minified, the code weighs about half as much gzipped.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        treeshake: { moduleSideEffects: (id: string) => (MODEL_PAGE_DATA.test(id) ? false : undefined) },
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'model-page-data', test: MODEL_PAGE_DATA },
              // the content data every screen reads (lesson list, glossary, references, questions, trials): one chunk
              { name: 'content-data', test: EAGER_CONTENT },
            ],
          },
          // Chunks made only of compiled content (lesson text, glossary, references, search text) go to assets/content/,
          // so the bench can weigh the atlas's code and its content apart.
          chunkFileNames: (chunk) => (chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => GENERATED.test(id)) ? 'assets/content/[name]-[hash].js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
});
