// What makes a build refuse a seed folder, in one place: the build and `npm run check-seeds`
// both ask it, so check-seeds never passes a folder the build would refuse. And the files
// the publisher's settings name, which the build checks before it starts.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SeedProblem } from '../content/seeds/article.ts';
import type { SeedCollection } from '../content/seeds/collect-seeds.ts';
import type { SiteConfig } from '../content/publishing/site-config.ts';
import { fontFiles, fontProblems } from '../content/publishing/site-fonts.ts';
import { routePages } from './route-pages.ts';
import type { BuiltData } from './built-data.ts';

/** The most bytes of one file or folder name on common file systems (ext4, APFS, NTFS in UTF-16 aside). */
export const MAX_NAME_BYTES = 255;

/**
 * Every file the site would write whose name (any part of its path) is too long for a file
 * system. Seed text that becomes a name (a tag's page) is shortened to fit (content/archive/tags.ts):
 * this is the guard that keeps any other from failing half way through writing the site.
 */
export function fileNameProblems(data: BuiltData, articleIds: readonly string[]): SeedProblem[] {
  // Pages as `<name>.html`, the longer of the two page formats, so a folder passes whichever the publisher picks.
  const pages = routePages(articleIds, data.manifest, 'file').map(({ file }) => file);
  const paths = [...[...data.hashes.keys()].map((path) => data.manifest.dataPath + path), ...pages];
  const problems: SeedProblem[] = [];
  for (const path of paths) {
    const long = path.split('/').find((part) => Buffer.byteLength(part) > MAX_NAME_BYTES);
    if (long === undefined) continue;
    problems.push({
      severity: 'error',
      file: '',
      message: `the site would need a file named ${JSON.stringify(`${long.slice(0, 40)}…`)} (${Buffer.byteLength(long)} bytes), longer than the ${MAX_NAME_BYTES} bytes a file system allows: shorten the text it comes from (${path.endsWith('.html') ? path.slice(0, -'.html'.length) : path.split('/').slice(0, -1).join('/') || path})`,
    });
  }
  return problems;
}

/**
 * Every problem that makes a build refuse the seeds: the seeds' own errors, then, when
 * there are none, the names of the files the site would write. `data` builds the site's data
 * (the build reuses what it builds).
 */
export async function refusals(seeds: SeedCollection, data: () => Promise<BuiltData>): Promise<SeedProblem[]> {
  const errors = seeds.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return errors;
  return fileNameProblems(
    await data(),
    seeds.articles.map((a) => a.id),
  );
}

/** The files the publisher's settings name (logo, icon, fonts) that are missing from the public folder. */
export function publicFileErrors(config: SiteConfig, publicDir: string): string[] {
  const errors: string[] = [];
  const missing = (file: string) => !existsSync(join(publicDir, file));
  const publicFolder = `${relative(process.cwd(), publicDir) || '.'}/`;
  for (const option of ['logo', 'icon'] as const) {
    const file = config[option];
    if (typeof file === 'string' && missing(file)) errors.push(`site.${option} is ${JSON.stringify(file)}: there is no such file in ${publicFolder}`);
  }
  // Fonts whose settings are wrong are reported as such, not as missing files.
  if (fontProblems(config.fonts).length === 0)
    for (const file of fontFiles(config.fonts))
      if (missing(file)) errors.push(`site.fonts names ${JSON.stringify(file)}: there is no such file in ${publicFolder}`);
  return errors;
}
