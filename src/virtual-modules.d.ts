// Types of the build-time modules: virtual:archive and virtual:site-theme.css from
// src/node/site-plugins.ts, and virtual:pwa-register from vite-plugin-pwa.
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:archive' {
  /** The archive's shape; its data files live under `manifest.dataPath`. */
  export const manifest: import('./content/archive/model.ts').ArchiveManifest;
  /** Problems found in the seed folder (the dev server serves despite errors; a build fails on them). */
  export const seedProblems: import('./content/seeds/article.ts').SeedProblem[];
  /** The publisher's settings the app shows: name, description, language, logo. */
  export const site: import('./content/publishing/site-config.ts').PublicSite;
}

declare module 'virtual:site-theme.css';
