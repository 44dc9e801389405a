import { lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { SeedProblem } from '../content/seeds/article.ts';
import { formatCount } from '../content/publishing/format-number.ts';
import type { Written } from './out-dir.ts';

function regularFileSize(file: string): number | null {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : null;
}

/**
 * Files and bytes under a folder. What the plugin wrote is known (`written`): a folder it
 * made holds only its files and is not listed (an archive's output has a folder per article).
 * `listed`: every file of the folder, when a publish in place has just listed them (after
 * one, the plugin made almost no folder, and listing the output took 0.3 s at 18,301 articles).
 */
function folderSize(dir: string, { sizes, folders }: Pick<Written, 'sizes' | 'folders'>, listed?: ReadonlySet<string>): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (listed) {
    for (const path of listed) {
      // Regular files, as the walk below counts: the writer's sizes are known, Vite's few files looked at.
      const size = sizes.get(path) ?? regularFileSize(join(dir, path));
      if (size === null) continue;
      files++;
      bytes += size;
    }
    return { files, bytes };
  }
  const inMadeFolder = (path: string) => {
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) if (folders.has(folder)) return true;
    return false;
  };
  for (const [path, size] of sizes) {
    if (!inMadeFolder(path)) continue;
    files++;
    bytes += size;
  }
  const list = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !folders.has(path)) list(path);
      else if (entry.isFile()) {
        files++;
        bytes += sizes.get(path) ?? statSync(join(dir, path)).size;
      }
    }
  };
  list('');
  return { files, bytes };
}

/** The line a build ends with: articles, warnings, what it wrote, how long it took. */
export function buildSummary(
  { articles, problems }: { articles: readonly unknown[]; problems: readonly SeedProblem[] },
  outDir: string,
  elapsedMs: number,
  written: Pick<Written, 'sizes' | 'folders'> = { sizes: new Map(), folders: new Set() },
  listed?: ReadonlySet<string>,
): string {
  const { files, bytes } = folderSize(outDir, written, listed);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
  return `\n${formatCount(articles.length)} article${articles.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; wrote ${formatCount(files)} files (${size}) to ${relative(process.cwd(), outDir) || '.'} in ${(elapsedMs / 1000).toFixed(1)} s${
    articles.length === 0 ? '\nThe seed folder holds no articles, so the site shows none: add .txt or .md seeds to it (see docs/seeds.md).' : ''
  }`;
}
