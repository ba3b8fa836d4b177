import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The dashboard build: `npx vite build --config web/vite.config.ts` from the repository root writes
 * dist/web/ (index.html plus hashed assets), which `sextant serve` serves at `/`. `base: './'` keeps
 * every asset URL relative, so the page works behind a reverse proxy under any path. During
 * development (`npx vite --config web/vite.config.ts`) API calls are proxied to a local
 * `sextant serve` on port 8080 (SEXTANT_API to point elsewhere).
 */
const api = process.env.SEXTANT_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: { proxy: { '/v1': api } },
  preview: { proxy: { '/v1': api } },
});
