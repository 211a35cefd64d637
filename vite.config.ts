import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer bundle. Served from app://forteckna/ (Electron) and http://127.0.0.1:PORT/ (browser
// mode), so every URL in the built index.html is relative (`base: './'`). No inline scripts and
// no remote assets: the CSP is `script-src 'self'`.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Inline nothing as data: URLs that a stricter CSP could refuse; keep assets as files.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
