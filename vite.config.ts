/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { newsArchive } from './src/node/news-archive.ts';
// The publisher's settings, from the file they own.
import { site } from './site.config.ts';

export default defineConfig({
  // Tests run the real plugins against a small fixture folder, so they never depend on seeds/.
  plugins: [react(), tailwindcss(), newsArchive({ site, ...(process.env.VITEST ? { dir: 'tests/fixtures/app-seeds' } : {}) })],
  build: { chunkSizeWarningLimit: 4096 },
  // Builds, benchmark corpora and test output hold tens of thousands of files; watching them
  // exhausts the system's watchers and stalls the dev server.
  server: { watch: { ignored: ['**/dist/**', '**/.dist.next/**', '**/.dist.old/**', '**/.tmp/**', '**/test-results/**'] } },
  test: {
    // Builds and renders take several times longer on a loaded 2-core machine than on a
    // quiet one; the 5 s default failed 10 of 166 tests there. Tests wait for states, so
    // these limits cost nothing when things are fast.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // unit and dom are `npm test` (fast: no build, server or CLI); integration runs real builds,
    // dev servers and CLIs against tests/fixtures (`npm run test:integration`).
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'dom', include: ['tests/dom/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/dom/setup.ts'] },
      },
    ],
  },
});
