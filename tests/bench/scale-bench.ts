// Scale benchmark: `npm run bench:scale [-- --corpus=<seed folder>] [--out=<folder>] [--keep] [--no-build]`
// (default: the 18,301-article Reuters corpus). Builds the corpus as a user does (`vite build`
// with SEEDS_DIR, no build cache, into its own folder under .tmp/) and prints what the hosts and
// phones meter: files and bytes in dist/ (per article, and × the seed text), where the bytes go,
// the build's wall and CPU time and peak memory, and the sitemap's URL counts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createReport } from './report.ts';
import { median } from './stats.ts';
import { buildEnvironment } from './build-environment.ts';
import type { RouterData } from '../../src/content/contracts.ts';

const root = resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => [a.replace(/^--/, '').split('=')[0]!, a.split('=')[1] ?? 'true']));
const corpus = resolve(args.corpus ?? join(root, '../shared/corpus/reuters'));
const name = corpus.split(sep).pop()!;
const outDir = resolve(args.out ?? join(root, '.tmp/scale-bench', name, 'dist'));
// One section per corpus: the page shows each archive size side by side.
const report = createReport(`scale-${name}`, `Scale: ${name}`, `npm run bench:scale -- --corpus=${relative(root, corpus)}`);

// Decimal megabytes, as hosts state their limits.
const MB = 1_000_000;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en');

/** What the file system holds for a folder: bytes in whole blocks, as `du` counts (and as small files cost a host). */
let diskBytes = 0;

/** Every regular file under `dir`, by its path there (with `/`), with its size. */
function files(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  diskBytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    diskBytes += stat.blocks * 512;
    found.set(relative(dir, path).split(sep).join('/'), stat.size);
  }
  return found;
}

const seeds = files(corpus);
const seedFiles = [...seeds].filter(([path]) => path.endsWith('.txt'));
const seedBytes = seedFiles.reduce((sum, [, size]) => sum + size, 0);

// The real build, timed by GNU time: wall, user + system CPU and the peak resident memory of
// the process (the build's helper thread is a thread of it, so its memory counts there).
// `--no-build` only measures an output folder an earlier run kept (`--keep`).
const build = args['no-build'] !== 'true';
if (build) rmSync(outDir, { recursive: true, force: true });
const environment = buildEnvironment({ SEEDS_DIR: corpus, SEEDS_CACHE: 'off' });
const vite = join(root, 'node_modules/vite/bin/vite.js');
const run = !build
  ? { status: 0, stdout: '', stderr: '' }
  : spawnSync('/usr/bin/time', ['-v', process.execPath, vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: environment,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
const time = (label: string) => /: (\S+)$/.exec(run.stderr.split('\n').find((line) => line.trim().startsWith(label)) ?? '')?.[1] ?? '';
const wall = time('Elapsed (wall clock) time')
  .split(':')
  .reduce((sum, part) => sum * 60 + Number(part), 0);
const cpu = Number(time('User time (seconds)')) + Number(time('System time (seconds)'));
const peak = Number(time('Maximum resident set size (kbytes)')) * 1024;

const dist = files(outDir);
const total = [...dist.values()].reduce((sum, size) => sum + size, 0);
const articles = seedFiles.length;

/** Bytes by group, and the number of files in each. */
const groups = new Map<string, { files: number; bytes: number }>();
const add = (group: string, bytes: number, fileCount = 1) => {
  const entry = groups.get(group) ?? { files: 0, bytes: 0 };
  entry.files += fileCount;
  entry.bytes += bytes;
  groups.set(group, entry);
};

// An article page's parts: its router data, its markup (and of that, class attributes), and
// the chrome around them (head tags, CSP, JSON-LD, the template).
const page = { routerData: 0, markup: 0, classes: 0, jsonLd: 0, chrome: 0 };
const sizeOf = (text: string) => Buffer.byteLength(text);
for (const [path, size] of dist) {
  if (/^articles\/[^/]+\/index\.html$/.test(path)) {
    const html = readFileSync(join(outDir, path), 'utf8');
    const data = /<script type="application\/json" id="router-data">[\s\S]*?<\/script>/.exec(html)?.[0] ?? '';
    const markup = /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json" id="router-data">/.exec(html)?.[1] ?? '';
    const jsonLd = /<script type="application\/ld\+json">[\s\S]*?<\/script>/.exec(html)?.[0] ?? '';
    const classes = [...markup.matchAll(/ class="[^"]*"/g)].reduce((sum, m) => sum + sizeOf(m[0]), 0);
    page.routerData += sizeOf(data);
    page.markup += sizeOf(markup);
    page.classes += classes;
    page.jsonLd += sizeOf(jsonLd);
    page.chrome += size - sizeOf(data) - sizeOf(markup);
    add('articles/ pages', size);
  } else if (path.startsWith('articles/')) add('articles/ other', size);
  else if (path.startsWith('archive/')) add('archive/ pages', size);
  else if (path.startsWith('tags/')) add('tags/ pages', size);
  else if (/^(index\.html|page\/)/.test(path)) add('list pages (/, /page/<n>)', size);
  else if (path.startsWith('data/')) {
    const rest = path.split('/').slice(2);
    const kind = rest[0] === 'search' ? `search/${rest[1]}` : rest.length > 1 ? `${rest[0]}/` : rest[0]!;
    add(`data: ${kind}`, size);
  } else if (path.startsWith('assets/')) add('assets/', size);
  else if (/^sitemap(-\d+)?\.xml$/.test(path)) add('sitemap', size);
  else add('other (feed, 404, search page, icons, service worker, …)', size);
}

const articleFiles = [...dist.keys()].filter((path) => path.startsWith('articles/') || /^data\/[^/]+\/articles\//.test(path)).length;
const row = (label: string, value: string) => report.log(`| ${label} | ${value} |`);
const share = (bytes: number) => `${mb(bytes)} (${((bytes / total) * 100).toFixed(1)} %, ${(bytes / seedBytes).toFixed(2)}× seed text)`;

report.log(`Scale benchmark: ${relative(root, corpus) || corpus}, ${count(articles)} seeds, ${mb(seedBytes)} of seed text\n`);
report.log('| measure | value |\n|---|---|');
row(
  'files in dist/',
  `${count(dist.size)} (${(dist.size / articles).toFixed(2)} per article; ${count(articleFiles)} of them for articles, ${(articleFiles / articles).toFixed(2)} per article)`,
);
row(
  'bytes in dist/',
  `${mb(total)} (${(total / seedBytes).toFixed(1)}× the seed text; ${((total - seedBytes) / articles / 1000).toFixed(1)} KB per article beyond its text)`,
);
row('disk usage of dist/ (whole blocks, as du)', `${mb(diskBytes)} (${(diskBytes / seedBytes).toFixed(1)}× the seed text)`);
row('build wall time', `${wall.toFixed(1)} s`);
row('build CPU time (user + system)', `${cpu.toFixed(1)} s`);
row('build peak memory (RSS)', mb(peak));

report.log('\nWhere the bytes go:\n\n| part | files | bytes |\n|---|---|---|');
for (const [group, { files: n, bytes }] of [...groups].sort(([, a], [, b]) => b.bytes - a.bytes)) report.log(`| ${group} | ${count(n)} | ${share(bytes)} |`);
const pages = groups.get('articles/ pages')?.files ?? 0;
report.log('\nArticle pages, per page (mean):\n\n| part | bytes a page | total |\n|---|---|---|');
for (const [label, bytes] of [
  ['page chrome (head tags, CSP, JSON-LD, template)', page.chrome],
  ['  of it JSON-LD', page.jsonLd],
  ['router-data block (path, data files, stamps)', page.routerData],
  ['article markup', page.markup],
  ['  of it class attributes', page.classes],
] as const)
  report.log(`| ${label} | ${count(Math.round(bytes / Math.max(1, pages)))} | ${share(bytes)} |`);

// What client navigation to an article downloads (its record, a range of its pack, deflated
// already and sent as it is), against the article's whole page, gzipped as hosts serve it:
// medians over every 20th article.
const gz = (path: string) => gzipSync(readFileSync(join(outDir, path)), { level: 6 }).length;
const sample = [...dist.keys()]
  .filter((path) => /^articles\/[^/]+\/index\.html$/.test(path))
  .sort()
  .filter((_, i) => i % 20 === 0);
const recordSizes = sample.flatMap((page) => {
  const block = /<script type="application\/json" id="router-data">([^<]*)<\/script>/.exec(readFileSync(join(outDir, page), 'utf8'))?.[1];
  const places = block ? (JSON.parse(block) as RouterData).places : undefined;
  return Object.values(places ?? {}).map(([, , length]) => length);
});
report.log(
  `\nClient navigation to an article (median of ${count(sample.length)}): its record ${recordSizes.length > 0 ? `${count(median(recordSizes))} B` : 'none'}; its whole page, gzipped, ${count(median(sample.map(gz)))} B`,
);

// Up to which archive size the site fits each host, at this build's files and bytes per
// article (its fixed overhead spread over its articles, so a smaller archive fits a little
// better than this says): the limits hosts publish, in decimal units.
const filesPerArticle = dist.size / articles;
const bytesPerArticle = total / articles;
const byFiles = (limit: number) => Math.floor(limit / filesPerArticle);
const byBytes = (limit: number) => Math.floor(limit / bytesPerArticle);
const upTo = (n: number) => `${count(Math.floor(n / 1000) * 1000)} articles`;
report.log(
  `\nWhere it fits, at ${filesPerArticle.toFixed(2)} files and ${(bytesPerArticle / 1000).toFixed(1)} KB per article:\n\n| host | its limit | largest archive |\n|---|---|---|`,
);
for (const [host, limit, largest] of [
  ['GitHub Pages', '1 GB a site', upTo(byBytes(1e9))],
  ['GitLab Pages (gitlab.com)', '200,000 files and 1 GB', upTo(Math.min(byFiles(200_000), byBytes(1e9)))],
  ['Cloudflare Pages, free / paid', '20,000 / 100,000 files', `${upTo(byFiles(20_000))} / ${upTo(byFiles(100_000))}`],
] as const)
  report.log(`| ${host} | ${limit} | ${largest} |`);

// The sitemap: one file, or an index naming files of at most 50,000 URLs.
const sitemapText = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
const urlsIn = (text: string) => (text.match(/<url>/g) ?? []).length;
const parts = [...sitemapText.matchAll(/<sitemap><loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
const sitemapFigure =
  parts.length > 0
    ? `index of ${parts.length} files: ${parts.map((part) => `${part} ${count(urlsIn(readFileSync(join(outDir, part), 'utf8')))} URLs`).join(', ')}`
    : `one file of ${count(urlsIn(sitemapText))} URLs`;
report.log(`\nSitemap: ${sitemapFigure}`);
report.log(
  `\nCommand: SEEDS_DIR=${corpus} SEEDS_CACHE=off MALLOC_ARENA_MAX=${environment.MALLOC_ARENA_MAX} /usr/bin/time -v node node_modules/vite/bin/vite.js build --outDir ${relative(root, outDir)} --emptyOutDir`,
);
report.save({ partial: args['no-build'] === 'true' });
if (args.keep !== 'true') rmSync(outDir, { recursive: true, force: true });
