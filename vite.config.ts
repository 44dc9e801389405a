/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { seedsPlugin } from './src/node/seeds-plugin.ts';
import { DATA_ROOT, dataFiles } from './src/content/contracts.ts';
import { site } from './site.config.ts';
import { palettesOf, resolveSiteConfig } from './src/content/site-config.ts';
import { textDirection } from './src/content/translator.ts';

// The publisher's settings, from the file they own (site.config.ts).
const { config } = resolveSiteConfig(site, process.env);

// Tests run the real plugin against a small fixture folder, so they never depend on seeds/.
const seeds = seedsPlugin({ site, ...(process.env.VITEST ? { dir: 'tests/fixtures/app-seeds' } : {}) });

export default defineConfig({
  // The seeds plugin comes after VitePWA so its build summary counts the service worker.
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'service-worker.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: config.title,
        short_name: config.title,
        description: config.description,
        lang: config.language,
        dir: textDirection(config.language),
        display: 'standalone',
        background_color: palettesOf(config).light.paper,
        theme_color: config.accentColor,
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The app shell only, whatever the archive's size: scripts, styles, icons, and the
        // front page's data (which also names this build's data folder to the service
        // worker). Search files, lists and articles are kept as they are used.
        globPatterns: ['assets/**/*.{js,css}', 'index.html', '*.{svg,png}', `${DATA_ROOT}*/${dataFiles.list(0)}`],
        // The data folder is named after its content's hash: no revision needed.
        dontCacheBustURLsMatching: /^(assets|data\/[0-9a-f]+)\//,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
    seeds,
  ],
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
