// electron-vite: main (ESM) → out/main, preload (CommonJS, as sandboxed preloads must be) →
// out/preload/index.cjs, renderer → out/renderer using the project's vite.config.ts.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfig as ElectronViteConfig } from 'electron-vite';
import { loadConfigFromFile, mergeConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;

/** The renderer build shared with browser mode: vite.config.ts when present, else the same settings. */
async function rendererConfig(command: 'build' | 'serve', mode: string): Promise<UserConfig> {
  const rendererRoot = path.join(root, 'renderer');
  const fallback: UserConfig = {
    root: rendererRoot,
    base: './',
    build: {
      outDir: path.join(root, 'out', 'renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      sourcemap: false,
      minify: true,
      rolldownOptions: { input: path.join(rendererRoot, 'index.html') },
    },
  };
  const file = path.join(root, 'vite.config.ts');
  if (!fs.existsSync(file)) return fallback;
  const loaded = await loadConfigFromFile({ command, mode }, file, root);
  const config = loaded?.config ?? {};
  // Absolute paths, so that the result does not depend on the working directory; out/renderer
  // is where the app:// handler looks, whatever vite.config.ts says.
  return mergeConfig(config, {
    root: rendererRoot,
    base: './',
    build: {
      outDir: fallback.build?.outDir,
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; ship what browser mode ships.
      minify: config.build?.minify ?? true,
      rolldownOptions: { input: path.join(rendererRoot, 'index.html') },
    },
  });
}

export default defineConfig(async ({ command, mode }): Promise<ElectronViteConfig> => ({
  main: {
    build: {
      outDir: path.join(root, 'out', 'main'),
      sourcemap: false,
      // The native SQLite addon stays a real package (electron-builder rebuilds it for Electron);
      // electron-store (ESM) and zod are bundled.
      externalizeDeps: { exclude: ['electron-store', 'zod'] },
      rolldownOptions: {
        input: { index: path.join(root, 'electron', 'main', 'index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out', 'preload'),
      sourcemap: false,
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.join(root, 'electron', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: await rendererConfig(command, mode),
}));
