import type { ArchiveManifest } from '../content/archive/model.ts';
import type { SeedProblem } from '../content/seeds/article.ts';
import type { PublicSite } from '../content/publishing/site-config.ts';

/**
 * The source of `virtual:archive` (typed in src/virtual-modules.d.ts) in the app's bundle.
 * The dev server embeds the manifest and the seeds' problems. A build embeds neither: the
 * app reads the manifest from MANIFEST_FILE, so its scripts, and every page naming them,
 * stay the same when only the content changes.
 */
export function archiveModuleSource(manifest: ArchiveManifest | null, seedProblems: readonly SeedProblem[], site: PublicSite): string {
  return [
    `export const manifest = ${JSON.stringify(manifest)};`,
    `export const seedProblems = ${JSON.stringify(seedProblems)};`,
    `export const site = ${JSON.stringify(site)};`,
    '',
  ].join('\n');
}

/**
 * The source of `virtual:archive` in the server bundle (server-bundle.ts), which is built
 * beside the app, before the manifest is known: the manifest is read from `input`, a module
 * of its own into which each thread puts it before it imports the app.
 */
export function serverArchiveModuleSource(input: string, site: PublicSite): string {
  return [
    `import { input } from ${JSON.stringify(input)};`,
    `export const manifest = input.manifest;`,
    // A build fails on any seed error, so a prerendered page never shows any.
    `export const seedProblems = [];`,
    `export const site = ${JSON.stringify(site)};`,
    '',
  ].join('\n');
}

/** The source of the server bundle's `input` module. */
export const ARCHIVE_INPUT_SOURCE = [
  'export const input = { manifest: null };',
  '/** Puts the manifest the app reads in place: before the app is imported. */',
  'export function provide(manifest) {',
  '  input.manifest = manifest;',
  '}',
  '',
].join('\n');
