// Types of the build-time modules: virtual:archive and virtual:site-theme.css from
// src/node/site-plugins.ts, and virtual:pwa-register from vite-plugin-pwa.
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:archive' {
  /** The archive's shape, in the dev server and the prerender; null in a built bundle, which reads it from MANIFEST_FILE (app/archive.ts). */
  export const manifest: import('./content/archive/model.ts').ArchiveManifest | null;
  /** Problems found in the seed folder, in the dev server (a build fails on errors, and its bundle carries none). */
  export const seedProblems: import('./content/seeds/article.ts').SeedProblem[];
  /** The publisher's settings the app shows: name, description, language, logo. */
  export const site: import('./content/publishing/site-config.ts').PublicSite;
}

declare module 'virtual:site-theme.css';
