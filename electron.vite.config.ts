// electron-vite build of the three parts: main (ESM), a sandboxed CommonJS preload, and the renderer.
// The renderer build is the same static folder the web edition serves (relative base './').
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
// The model's calibration targets and equations are read only by the Model page: their own chunk, declared free of
// side effects (they only define constants), so the shared model chunk every figure loads does not import them.
const MODEL_PAGE_DATA = /renderer[\\/]src[\\/]model[\\/](targets|equations)\.ts$/;

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
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      target: 'chrome130',
      cssMinify: 'lightningcss',
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        treeshake: { moduleSideEffects: (id: string) => (MODEL_PAGE_DATA.test(id) ? false : undefined) },
        output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'model-page-data', test: MODEL_PAGE_DATA }] } },
      },
    },
  },
});
