/**
 * Builds the explorer (src/explore/client) into dist/explore, served at /explore by src/explore/index.ts, and the
 * review desk beside it (review.html, served at /review), from the same parts: one build, shared chunks.
 * Everything is bundled, fonts are the system's: the pages fetch nothing but their own files and /graphql.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  base: '/explore/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/explore', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Vite's default is to warn above 500 kB; Cytoscape alone is about 430 kB minified, in a chunk of its own.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: {
        explore: fileURLToPath(new URL('./client/index.html', import.meta.url)),
        review: fileURLToPath(new URL('./client/review.html', import.meta.url)),
      },
    },
  },
});
