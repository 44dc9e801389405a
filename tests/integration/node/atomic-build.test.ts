// @vitest-environment jsdom
// The real build (`npx vite build` with the project's config, service worker included), run
// as a user runs it, against one output folder: a failed, refused or killed build leaves the
// last good output byte for byte as it was; a rebuild never writes into a file an earlier
// output owns (a hard-linked snapshot of a deploy stays as it was); a hashed file never
// changes; text that becomes a file name fits the file system; a torn cache entry is a miss.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTree as tree } from '../../file-tree.ts';
import { digest } from '../../../src/node/cache-files.ts';

// The project root (vitest runs there); under jsdom, import.meta.url is not a file URL.
const root = process.cwd();
const work = join(root, '.tmp/atomic-build');
const seeds = join(work, 'seeds');
const dist = join(work, 'dist');
const staging = join(work, '.dist.next');
const BUILD_MS = 120_000;

/** The environment of a user's build: the real config, not the tests' fixture seeds. */
function environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seeds, SITE_URL: 'https://archive.example', ...extra };
  delete env.VITEST;
  delete env.NODE_ENV;
  return env;
}

function build(outDir = dist, extra: NodeJS.ProcessEnv = {}) {
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: root,
    env: environment(extra),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Every file under `dir` and its inode: a file replaced, even by the same bytes, has another. */
const inodes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), statSync(join(entry.parentPath, entry.name)).ino]),
  );

const LONG_TAG = '日本語'.repeat(30);
const EDITED = join(seeds, '003_c1b2c3d4e5f60718.txt');
const BAD = join(seeds, '050_5555555555555555.txt');
/** The output of the last good build, file by file. */
let good = new Map<string, string>();

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/seeds-good'), seeds, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the build, against the last good output', () => {
  it(
    'builds, and a rebuild after an edit leaves a hard-linked snapshot of the first deploy and every hashed file as they were',
    () => {
      const first = build();
      expect(first.status, first.output).toBe(0);
      const snapshot = join(work, 'snapshot');
      expect(spawnSync('cp', ['-al', dist, snapshot]).status).toBe(0);
      const before = tree(snapshot);

      // The edit gives the article a tag too long for a file name as it is (270 bytes).
      const text = readFileSync(EDITED, 'utf8');
      writeFileSync(EDITED, `---\ntags: [${LONG_TAG}]\n---\n${text}\nA paragraph added by an editor.\n`);
      const second = build();
      expect(second.status, second.output).toBe(0);
      good = tree(dist);
      expect(tree(snapshot)).toEqual(before);

      const hashed = (path: string) => /^(assets|data\/[0-9a-f]+)\//.test(path);
      for (const [path, bytes] of before) if (hashed(path) && good.has(path)) expect(good.get(path), path).toBe(bytes);
      expect(existsSync(staging)).toBe(false);

      // Nothing changed: the rebuild is published in place and finds nothing to replace, the
      // service worker (listed from the staging folder) included. Every file is the one it was.
      const files = inodes(dist);
      const third = build();
      expect(third.status, third.output).toBe(0);
      expect(inodes(dist)).toEqual(files);
      expect(tree(dist)).toEqual(good);
    },
    3 * BUILD_MS,
  );

  it(
    'gives a tag too long for a file name a shorter page name that fits, and check-seeds agrees with the build',
    () => {
      const tagPages = readdirSync(join(dist, 'tags'));
      const page = tagPages.find((name) => name.startsWith('日本語'));
      expect(page).toBeDefined();
      expect(Buffer.byteLength(page!)).toBeLessThanOrEqual(255);
      for (const entry of readdirSync(dist, { recursive: true }))
        for (const part of String(entry).split('/')) expect(Buffer.byteLength(part), String(entry)).toBeLessThanOrEqual(255);
      // The article's page links to the tag's page, which exists.
      const article = readFileSync(join(dist, 'articles/c1b2c3d4e5f60718/index.html'), 'utf8');
      expect(article).toContain(`/tags/${encodeURIComponent(page!)}`);
      expect(existsSync(join(dist, 'tags', page!, 'index.html'))).toBe(true);
      const check = spawnSync('npx', ['tsx', 'src/node/check-seeds.ts', seeds], { cwd: root, encoding: 'utf8' });
      expect(check.status, check.stdout).toBe(0);
    },
    BUILD_MS,
  );

  it('writes every XML and JSON file whole and well-formed, as a real parser reads it', () => {
    const files = [...good.keys()];
    const xml = files.filter((path) => path.endsWith('.xml'));
    expect(xml.sort()).toEqual(['feed.xml', 'sitemap-1.xml', 'sitemap.xml']);
    for (const path of xml)
      expect(new DOMParser().parseFromString(readFileSync(join(dist, path), 'utf8'), 'application/xml').querySelector('parsererror'), path).toBeNull();
    const json = files.filter((path) => /\.(json|webmanifest)$/.test(path));
    expect(json.length).toBeGreaterThan(10);
    for (const path of json) expect(() => JSON.parse(readFileSync(join(dist, path), 'utf8')), path).not.toThrow();
  });

  it(
    'refuses a bad seed before touching the output: the last good output is byte-identical, with no new service worker',
    () => {
      const worker = statSync(join(dist, 'service-worker.js')).mtimeMs;
      writeFileSync(BAD, ' date 2024-02-30 AN IMPOSSIBLE DATE\n\nThis article has a date that does not exist.\n');
      const failed = build();
      expect(failed.status).not.toBe(0);
      expect(failed.output).toContain('050_5555555555555555.txt');
      expect(tree(dist)).toEqual(good);
      expect(statSync(join(dist, 'service-worker.js')).mtimeMs).toBe(worker);
      expect(existsSync(staging)).toBe(false);
      rmSync(BAD);
      const check = spawnSync('npx', ['tsx', 'src/node/check-seeds.ts', seeds], { cwd: root, encoding: 'utf8' });
      expect(check.status).toBe(0);
    },
    BUILD_MS,
  );

  it(
    'refuses a missing seed folder, naming it, and leaves the output as it was',
    () => {
      const failed = build(dist, { SEEDS_DIR: join(work, 'no-such-folder') });
      expect(failed.status).not.toBe(0);
      expect(failed.output).toContain('no-such-folder');
      expect(tree(dist)).toEqual(good);
      expect(existsSync(staging)).toBe(false);
    },
    BUILD_MS,
  );

  it(
    'leaves the output as it was when the build is killed half way',
    async () => {
      appendFileSync(EDITED, '\nAnother paragraph, from a build that never ends.\n');
      const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], { cwd: root, env: environment(), stdio: 'ignore', detached: true });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // As soon as the new output is being written beside the old one, or, without a staging
      // folder, the old one is being written over.
      const started = Date.now();
      const touched = () =>
        existsSync(staging) || readdirSync(dist).length !== readdirSync(join(work, 'snapshot')).length || statSync(join(dist, 'index.html')).mtimeMs > started;
      while (!touched() && Date.now() - started < BUILD_MS) await new Promise((resolve) => setTimeout(resolve, 5));
      // The whole group: npx, and the vite process under it.
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      expect(tree(dist)).toEqual(good);
    },
    BUILD_MS,
  );

  it(
    'treats a torn page-cache entry as missing and writes the page whole',
    () => {
      // Back to the seeds of the last good build: every page can come from the cache.
      const text = readFileSync(EDITED, 'utf8');
      writeFileSync(EDITED, text.slice(0, text.indexOf('\nAnother paragraph, from a build that never ends.\n')));
      const pages = join(root, 'node_modules/.cache/news-archive', digest(seeds, dist).slice(0, 16), 'pages/pages');
      // Each pack cut in half: the entries of its second half are torn, one of them part way.
      const packs = readdirSync(pages).map((name) => join(pages, name));
      expect(packs.length).toBeGreaterThan(0);
      for (const pack of packs) truncateSync(pack, Math.floor(statSync(pack).size / 2));
      // Without the old output no page can be linked from it unread (out-dir.ts): each one
      // comes from the cache, or is rendered again when its entry is torn.
      rmSync(dist, { recursive: true, force: true });
      const rebuilt = build();
      expect(rebuilt.status, rebuilt.output).toBe(0);
      expect(tree(dist)).toEqual(good);
    },
    BUILD_MS,
  );
});
