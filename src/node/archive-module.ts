import type { ArchiveManifest } from '../content/archive.ts';
import type { SeedProblem } from '../content/article.ts';
import type { PublicSite } from '../content/site-config.ts';

/** The source of `virtual:archive` (typed in src/virtual-modules.d.ts), for the bundle and for the prerender alike. */
export function archiveModuleSource(manifest: ArchiveManifest, seedProblems: readonly SeedProblem[], site: PublicSite): string {
  return [
    `export const manifest = ${JSON.stringify(manifest)};`,
    `export const seedProblems = ${JSON.stringify(seedProblems)};`,
    `export const site = ${JSON.stringify(site)};`,
    '',
  ].join('\n');
}
