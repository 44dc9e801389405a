// Search and build benchmark: `npm run bench`. For the BBC and Reuters corpora and a
// generated 50,000-article corpus it builds the site as a user does (vite build with
// SEEDS_DIR), then measures the index, what a first visit and a first search download,
// query latency per query class beside plain fuse.js over whole articles, and quality.
// Figures are printed as Markdown tables. Options: --only=bbc,reuters --naive=0 (skip the
// slow naive baseline).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createReport } from './report.ts';
import Fuse from 'fuse.js';
import { readSeedFolder } from '../../src/node/read-seed-folder.ts';
import { buildData } from '../../src/node/built-data.ts';
import { createSearchEngine } from '../../src/content/search/search-engine.ts';
import { buildSearchIndex, type SearchDirectory, type Shard, type VocabularyPart } from '../../src/content/search/search-index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { judge, probesFor, type QueryClass } from './probes.ts';
import { articleTerms } from '../../src/content/search/article-terms.ts';
import { percentile } from './stats.ts';
import { buildEnvironment } from './build-environment.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared/corpus');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const corpora = [
  { name: 'bbc', dir: join(shared, 'bbc') },
  { name: 'reuters', dir: join(shared, 'reuters') },
  { name: 'generated-50k', dir: join(root, '.tmp/bench/corpus-50k'), generate: 50_000 },
  // A newsroom's whole archive (issue 15): measured only when asked for, `--only=generated-250k`
  // (some 15 minutes and several GB of memory here).
  { name: 'generated-250k', dir: join(root, '.tmp/bench/corpus-250k'), generate: 250_000, onlyWhenAsked: true },
].filter((c) => (args.only ? args.only.split(',').includes(c.name) : !('onlyWhenAsked' in c)));
// Run with --only or --naive=0, it measures part of what the page shows, and writes nothing there.
const partial = Boolean(args.only) || args.naive === '0';
const buildReport = createReport('build-index', 'Build and index', 'npm run bench');
const queryReport = createReport('query', 'Query time (Node, one core) and quality, per query class', 'npm run bench');
const WARM_RUNS = 10;
const RESULTS_SHOWN = 10;

const gz = (text: string | Buffer) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Runs the real build with SEEDS_DIR and returns wall time and peak memory (GNU time). */
function viteBuild(seeds: string, outDir: string) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', 'npx', 'vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', outDir], {
    cwd: root,
    // A clean build every time: the cache of earlier runs would shorten it.
    env: buildEnvironment({ SEEDS_DIR: seeds, SEEDS_CACHE: 'off' }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stderr.slice(-2000)}`);
  const [seconds, kilobytes] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kilobytes! / 1024 };
}

/**
 * What the list page downloads on a first visit: its HTML (which holds the first page of
 * the list), the CSS, and every script but the search's (which load on the first search).
 */
function firstLoad(dist: string) {
  const scripts = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f) && !/^(search-|tokenize-)/.test(f))
    .map((f) => `assets/${f}`);
  return ['index.html', ...scripts].reduce((sum, file) => sum + gz(readFileSync(join(dist, file))), 0);
}

async function benchCorpus(corpus: (typeof corpora)[number]) {
  if (corpus.generate && !existsSync(corpus.dir)) generateCorpus(corpus.dir, corpus.generate);
  const dist = join(root, '.tmp/bench', `dist-${corpus.name}`);
  const build = viteBuild(corpus.dir, dist);

  const { articles } = readSeedFolder(corpus.dir);
  const t = performance.now();
  const index = buildSearchIndex(articles.map(articleTerms));
  const indexMs = performance.now() - t;
  const site = await buildData({ articles });
  const directoryJson = site.files.get('search/index.json') as string;
  const partJson = index.parts.map((p) => JSON.stringify(p));
  const shardJson = index.shards.map((s) => JSON.stringify(s));
  const headJson = new Map(index.heads.map(({ first, postings }) => [first, JSON.stringify(postings)]));
  const partGz = partJson.map(gz);
  const shardGz = shardJson.map(gz);
  const directoryGz = gz(directoryJson);

  // Every fetch goes through JSON.parse, as in the browser; the sets record what a query needed.
  const directory = JSON.parse(directoryJson) as SearchDirectory;
  const engineFor = (parts?: Set<number>, shards?: Set<number>, heads?: Set<number>) =>
    createSearchEngine(
      directory,
      async (p) => (parts?.add(p), JSON.parse(partJson[p]!) as VocabularyPart),
      async (s) => (shards?.add(s), JSON.parse(shardJson[s]!) as Shard),
      async (first) => (heads?.add(first), JSON.parse(headJson.get(first)!) as Shard),
    );
  const engine = engineFor();

  const probes = probesFor(corpus.name);
  const times = new Map<QueryClass, number[]>();
  const quality = new Map<QueryClass, boolean[]>();
  const transfers: number[] = [];
  const failures: string[] = [];
  for (const probe of probes) {
    const parts = new Set<number>();
    const fetched = new Set<number>();
    const heads = new Set<number>();
    const first = await engineFor(parts, fetched, heads).search(probe.query);
    const shown = first.hits.slice(0, RESULTS_SHOWN).map((h) => h.doc);
    transfers.push(
      directoryGz +
        [...parts].reduce((sum, p) => sum + partGz[p]!, 0) +
        [...fetched].reduce((sum, s) => sum + shardGz[s]!, 0) +
        [...heads].reduce((sum, first) => sum + gz(headJson.get(first)!), 0) +
        // Each shown result's row: the range of its slot (a row longer than it, rare, is not counted).
        shown.length * directory.rowBytes! +
        // Each shown article's record, for its passage: a range of its pack, compressed already.
        shown.reduce((sum, doc) => sum + site.places.placeOf(articles[doc]!.id)![2], 0),
    );
    for (let run = 0; run <= WARM_RUNS; run++) {
      const start = performance.now();
      await engine.search(probe.query);
      const elapsed = performance.now() - start;
      if (!times.has(probe.kind)) times.set(probe.kind, []);
      times.get(probe.kind)!.push(elapsed);
    }
    const ok = judge(
      probe,
      first.hits.slice(0, 5).map((h) => articles[h.doc]!),
    );
    if (!quality.has(probe.kind)) quality.set(probe.kind, []);
    quality.get(probe.kind)!.push(ok);
    if (!ok)
      failures.push(
        `${probe.query} → ${
          first.hits
            .slice(0, 5)
            .map((h) => articles[h.doc]!.title)
            .join(' | ') || '(nothing)'
        }`,
      );
  }

  let naive: Map<QueryClass, number[]> | null = null;
  let naiveGz = 0;
  if (args.naive !== '0') {
    const docs = articles.map((a) => ({ title: a.title, body: a.blocks.map((b) => b.text).join('\n') }));
    naiveGz = gz(JSON.stringify(docs));
    const fuse = new Fuse(docs, { keys: [{ name: 'title', weight: 2 }, 'body'], ignoreLocation: true, threshold: 0.3 });
    naive = new Map();
    const perClass = new Set<QueryClass>();
    for (const probe of probes) {
      // Plain fuse.js takes about a second a query at this size: one query per class.
      if (perClass.has(probe.kind)) continue;
      perClass.add(probe.kind);
      const start = performance.now();
      fuse.search(probe.query, { limit: 100 });
      naive.set(probe.kind, [performance.now() - start]);
    }
  }

  const all = [...times.values()].flat();
  return {
    name: corpus.name,
    articles: articles.length,
    build,
    indexMs,
    terms: index.parts.reduce((n, p) => n + p.df.length, 0),
    vocabularyGz: directoryGz + partGz.reduce((a, b) => a + b, 0),
    parts: partGz.length,
    partMedianGz: percentile(partGz, 50),
    partMaxGz: Math.max(...partGz),
    shards: shardGz.length,
    shardsGz: shardGz.reduce((a, b) => a + b, 0),
    shardMedianGz: percentile(shardGz, 50),
    shardMaxGz: Math.max(...shardGz),
    firstLoadGz: firstLoad(dist),
    transfer: { p50: percentile(transfers, 50), max: Math.max(...transfers) },
    all: { p50: percentile(all, 50), p95: percentile(all, 95) },
    times,
    quality,
    failures,
    naive,
    naiveGz,
  };
}

const results = [];
for (const corpus of corpora) {
  if (!existsSync(corpus.dir) && !corpus.generate) {
    console.log(`(skipping ${corpus.name}: ${corpus.dir} not found)`);
    continue;
  }
  process.stderr.write(`benchmarking ${corpus.name}…\n`);
  results.push(await benchCorpus(corpus));
}

buildReport.log(
  table(
    [
      'corpus',
      'articles',
      'vite build',
      'build peak memory',
      'index build',
      'terms',
      'vocabulary (gz)',
      'vocabulary parts, median / max (gz)',
      'shards',
      'shards total (gz)',
      'shard median / max (gz)',
      'list page first load (gz)',
      'first search (gz, median / max)',
    ],
    results.map((r) => [
      r.name,
      r.articles.toLocaleString('en'),
      `${r.build.seconds.toFixed(1)} s`,
      `${r.build.peakMb.toFixed(0)} MB`,
      ms(r.indexMs),
      r.terms.toLocaleString('en'),
      kb(r.vocabularyGz),
      `${r.parts}: ${kb(r.partMedianGz)} / ${kb(r.partMaxGz)}`,
      r.shards,
      kb(r.shardsGz),
      `${kb(r.shardMedianGz)} / ${kb(r.shardMaxGz)}`,
      kb(r.firstLoadGz),
      `${kb(r.transfer.p50)} / ${kb(r.transfer.max)}`,
    ]),
  ),
);
buildReport.save({ partial });
const classes: QueryClass[] = ['exact', 'typo', 'multi-word', 'prefix', 'non-ASCII', 'no-hit', 'title'];
queryReport.log(
  table(
    ['corpus', 'class', 'queries', `p50 / p95 (1 cold + ${WARM_RUNS} warm runs each)`, 'naive fuse.js, whole articles', 'quality (probes passing)'],
    results.flatMap((r) =>
      classes
        .filter((c) => r.times.has(c))
        .map((c) => {
          const t = r.times.get(c)!;
          const q = r.quality.get(c)!;
          const n = r.naive?.get(c);
          return [r.name, c, q.length, `${ms(percentile(t, 50))} / ${ms(percentile(t, 95))}`, n ? ms(n[0]!) : '–', `${q.filter(Boolean).length}/${q.length}`];
        })
        .concat([
          [
            r.name,
            '**all**',
            r.quality.size ? [...r.quality.values()].flat().length : 0,
            `**${ms(r.all.p50)} / ${ms(r.all.p95)}**`,
            r.naive ? `download ${kb(r.naiveGz)}` : '–',
            '',
          ],
        ]),
    ),
  ),
);
for (const r of results) if (r.failures.length) queryReport.log(`\n${r.name}: probes below the bar:\n${r.failures.map((f) => `- ${f}`).join('\n')}`);
queryReport.save({ partial });
