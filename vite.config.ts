/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { seedsPlugin } from './src/build/seeds-plugin.ts';

// Tests run the real plugin against a small fixture folder, so they never depend on seeds/.
const seeds = process.env.VITEST ? seedsPlugin({ dir: 'tests/fixtures/app-seeds' }) : seedsPlugin();

export default defineConfig({
  plugins: [react(), tailwindcss(), seeds],
  build: { chunkSizeWarningLimit: 4096 },
  // Builds, benchmark corpora and test output hold tens of thousands of files; watching them
  // exhausts the system's watchers and stalls the dev server.
  server: { watch: { ignored: ['**/dist/**', '**/.tmp/**', '**/test-results/**'] } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'dom', include: ['tests/dom/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/dom/setup.ts'] },
      },
    ],
  },
});
