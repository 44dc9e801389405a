// Rebuild benchmark: `npm run bench:rebuild [-- --corpus=<seed folder>]` (default: the
// 18,301-article Reuters corpus). Builds a copy of the corpus as a user does (`vite build`
// with SEEDS_DIR), clean and then again after no change, after editing one article and after
// adding one, each timed from the command's start to its end (and, apart, the removal of the
// output it replaced, which goes on after it ends); then builds the final seeds into a fresh
// folder with no cache and checks that the rebuilt output is byte for byte the same.
import { appendFileSync, cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileTree } from '../file-tree.ts';
import { createReport } from './report.ts';
import { timedBuild } from './timed-build.ts';

const root = resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const corpus = resolve(args.corpus ?? join(root, '../shared/corpus/reuters'));
/** One-article rebuilds, an edit or an addition, under this (the fast-rebuild issue's target)... */
const TARGET_SECONDS = 10;
/** ...and an edit, at the Reuters corpus's size, under this (the scale issue's). */
const EDIT_TARGET_SECONDS = 5;
const report = createReport('rebuild', 'Rebuilds', 'npm run bench:rebuild');

// A new folder each run, so the first build finds no cache (the cache is kept per seed and
// output folder); earlier runs' folders go, and with them, at the next build, their caches.
rmSync(join(root, '.tmp/rebuild-bench'), { recursive: true, force: true });
const work = join(root, '.tmp/rebuild-bench', String(Date.now()));
const seeds = join(work, 'seeds');
cpSync(corpus, seeds, { recursive: true });

const build = (outDir: string, env: NodeJS.ProcessEnv = {}) => timedBuild(root, seeds, outDir, env);

const names = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const dist = join(work, 'dist');
const rows: [string, ReturnType<typeof build>][] = [];
rows.push(['clean build (empty cache)', build(dist)]);
rows.push(['rebuild, nothing changed', build(dist)]);
appendFileSync(join(seeds, names[Math.floor(names.length / 2)]!), '\nAn editor added this closing paragraph about the harvest.\n');
rows.push(['rebuild after editing one article', build(dist)]);
writeFileSync(join(seeds, '99999_0123456789abcdef.txt'), ' date 1987-04-01 A NEW ARTICLE\n\nAn article added to the archive, about cocoa and coffee prices.\n');
rows.push(['rebuild after adding one article', build(dist)]);
const clean = join(work, 'clean');
rows.push(['clean build of the final seeds, no cache', build(clean, { SEEDS_CACHE: 'off' })]);

const rebuilt = fileTree(dist);
const reference = fileTree(clean);
const differing = [...new Set([...rebuilt.keys(), ...reference.keys()])].filter((path) => rebuilt.get(path) !== reference.get(path));

report.log(
  `Rebuild benchmark: ${relative(root, corpus) || corpus}, ${names.length.toLocaleString('en')} seeds; wall time of \`vite build\`, from the command's start to its end.\n`,
);
report.log('| build | wall time | reused from the cache | output | what it replaced removed in the background within |\n|---|---|---|---|---|');
for (const [name, { seconds, reused, published, removed }] of rows)
  report.log(`| ${name} | ${seconds.toFixed(1)} s | ${reused} | ${published} | ${removed.toFixed(1)} s |`);
const edit = rows[2]![1].seconds;
const slowest = Math.max(edit, rows[3]![1].seconds);
report.log(`\nOne-article rebuilds: slowest ${slowest.toFixed(1)} s (target < ${TARGET_SECONDS} s): ${slowest < TARGET_SECONDS ? 'met' : 'NOT met'}.`);
report.log(`After one edit: ${edit.toFixed(1)} s (target ≤ ${EDIT_TARGET_SECONDS} s at 18,301 articles): ${edit <= EDIT_TARGET_SECONDS ? 'met' : 'NOT met'}.`);
report.log(
  differing.length === 0
    ? `Rebuilt output is byte-identical to the clean build: ${reference.size.toLocaleString('en')} files.`
    : `Rebuilt output DIFFERS from the clean build in ${differing.length} files, e.g. ${differing.slice(0, 5).join(', ')}`,
);
report.save({ partial: args.corpus !== undefined });
process.exitCode = differing.length === 0 ? 0 : 1;
