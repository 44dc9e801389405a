// Types of the module that src/build/seeds-plugin.ts generates at build time.

declare module 'virtual:archive' {
  import type { ArchiveManifest } from './content/archive.ts';
  import type { SeedProblem } from './content/article.ts';
  /** The archive's shape; its data files live under `manifest.dataPath`. */
  export const manifest: ArchiveManifest;
  /** Problems found in the seed folder (the dev server serves despite errors; a build fails on them). */
  export const seedProblems: SeedProblem[];
}
