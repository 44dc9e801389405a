// @vitest-environment jsdom
// Hostile and odd input through the real build and the real check-seeds, as a publisher runs
// them: nothing is dropped or changed without a message naming the file and the line, no
// message can forge or clear a terminal line, every XML and JSON output stays well-formed,
// and nothing outside the seed folder is read.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = join(root, '.tmp/hostile-seeds');
const seeds = join(work, 'seeds');
const dist = join(work, 'dist');
const BUILD_MS = 120_000;
// Anything a terminal acts on (C0 and C1 controls, DEL), and line and paragraph separators.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

function run(command: string, args: string[], folder = seeds) {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: folder, SITE_URL: 'https://archive.example' };
  delete env.VITEST;
  delete env.NODE_ENV;
  // Vite colours a warning when the terminal (or FORCE_COLOR) asks for it; without colour,
  // any control character left in the output can only have come from a seed.
  delete env.FORCE_COLOR;
  env.NO_COLOR = '1';
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const build = (folder = seeds, outDir = dist) => run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], folder);
const checkSeeds = (folder = seeds) => run('npx', ['tsx', 'src/node/check-seeds.ts', folder], folder);

const seed = (name: string, text: string) => writeFileSync(join(seeds, name), text);

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/seeds-good'), seeds, { recursive: true });
  // Newest of all, so the feed carries them.
  seed('090_9000000000000001.txt', ' date 2026-11-30 Bell \u0007, ESC \u001b[2J, C1 \u0085 and U+FFFF \uFFFF in the text.\n\nA second paragraph.\n');
  seed('091_9000000000000002.txt', '---\ntags: 😀, !!!, politics\n---\n date 2026-11-29 An article whose tags are odd.\n');
  seed('092_9000000000000003.txt', '---\ntitle: ""\ntitle: The second title\nauthor: A\u2028B\n---\n date 2026-11-28 Front matter written twice.\n');
  seed('093_9000000000000004.txt', ' date 1700-05-03 A date before 1800.\n');
  seed('094_9000000000000005.txt', ` date ${new Date().getUTCFullYear() + 3}-01-01 A date years ahead.\n`);
  writeFileSync(join(work, 'outside.txt'), ' date 2024-01-01 SECRET-OUTSIDE text that must never be read.\n');
  symlinkSync(join(work, 'outside.txt'), join(seeds, '095_9000000000000006.txt'));
  symlinkSync('missing.txt', join(seeds, '096_9000000000000007.txt'));
  mkdirSync(join(seeds, '097_9000000000000008.txt'));
  mkdirSync(join(seeds, '2024'));
  writeFileSync(join(seeds, '2024', '098_9000000000000009.txt'), ' date 2024-01-01 In a subfolder.\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('odd seeds that build, each reported', () => {
  let output = '';
  beforeAll(() => {
    const result = build();
    output = result.output;
    expect(result.status, output).toBe(0);
  }, BUILD_MS);

  it('names the file and the line of every oddity, and what happens to it', () => {
    const expected: [string, RegExp][] = [
      ['090_9000000000000001.txt:1', /control characters U\+0007, U\+001B, U\+0085, U\+FFFF cannot be shown and are left out/],
      ['091_9000000000000002.txt:2', /tag "😀" has no letter or digit/],
      ['091_9000000000000002.txt:2', /tag "!!!" has no letter or digit/],
      ['092_9000000000000003.txt:2', /front matter "title" is empty/],
      ['092_9000000000000003.txt:3', /key "title" is given twice/],
      ['092_9000000000000003.txt:4', /"author" holds a line or paragraph separator/],
      ['093_9000000000000004.txt:1', /before 1800/],
      ['094_9000000000000005.txt:1', /more than a year after today/],
      ['095_9000000000000006.txt', /symbolic link.*not followed/],
      ['096_9000000000000007.txt', /symbolic link.*not followed/],
    ];
    for (const [where, what] of expected) {
      expect(
        output.split('\n').some((line) => line.includes(where) && what.test(line)),
        `${where} ${what}`,
      ).toBe(true);
    }
    // (Vite colours its own lines; the seeds' lines carry no control character.)
    for (const line of output.split('\n').filter((line) => line.includes('hostile-seeds/seeds'))) expect(line).not.toMatch(CONTROL);
  });

  it('says the same in check-seeds as in the build', () => {
    const check = checkSeeds();
    expect(check.status, check.output).toBe(0);
    const problems = (text: string) =>
      text
        .split('\n')
        .filter((line) => /: warning: /.test(line))
        .map((line) => line.slice(line.indexOf(relative(root, seeds).split('/').pop()!)));
    expect(problems(check.output).sort()).toEqual(problems(output).sort());
    expect(problems(check.output)).toHaveLength(10);
  });

  it('never reads through a link, and reads subfolders', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of files) expect(readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('SECRET-OUTSIDE'), entry.name).toBe(false);
    for (const id of ['9000000000000006', '9000000000000007', '9000000000000008']) expect(existsSync(join(dist, 'articles', id))).toBe(false);
    expect(readFileSync(join(dist, 'articles/9000000000000009/index.html'), 'utf8')).toContain('In a subfolder');
  });

  it('keeps the odd articles, without what cannot be shown, and gives no tag an empty page', () => {
    const page = readFileSync(join(dist, 'articles/9000000000000001/index.html'), 'utf8');
    expect(page).toContain('A second paragraph.');
    expect(page).not.toMatch(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\uffff]/);
    const tagged = readFileSync(join(dist, 'articles/9000000000000002/index.html'), 'utf8');
    expect(tagged).toContain('/tags/politics');
    expect(tagged).not.toMatch(/\/tags\/["/?#]/);
    expect(readdirSync(join(dist, 'tags')).filter((name) => !/[\p{L}\p{N}]/u.test(name))).toEqual([]);
  });

  it('writes every XML and JSON output well-formed, as real parsers read them', () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    const xml = files.filter((path) => path.endsWith('.xml'));
    expect(xml).toContain('feed.xml');
    for (const path of xml) {
      const text = readFileSync(join(dist, path), 'utf8');
      expect(new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror'), path).toBeNull();
    }
    expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('A second paragraph.');
    for (const path of files.filter((p) => /\.(json|webmanifest)$/.test(p)))
      expect(() => JSON.parse(readFileSync(join(dist, path), 'utf8')), path).not.toThrow();
  });
});

describe('seeds refused, with messages that cannot forge a line', () => {
  const bad = join(work, 'bad-seeds');
  beforeAll(() => {
    mkdirSync(bad, { recursive: true });
    cpSync(join(root, 'tests/fixtures/seeds-good/000_693449e0a82507a3.txt'), join(bad, '000_693449e0a82507a3.txt'));
    // A name that clears the screen and prints a green "all is well", and one that forges a line.
    writeFileSync(join(bad, '\u001b[2J\u001b[32mAll seeds OK, 0 errors\u001b[0m.txt'), ' date 2024-01-01 Text.\n');
    writeFileSync(join(bad, 'x\n000_0000000000000000.txt: all good.txt'), ' date 2024-01-01 Text.\n');
    // NUL far past the first 8 KB; year 0.
    writeFileSync(join(bad, '001_0000000000000001.txt'), ` date 2024-01-01 ${'Long text. '.repeat(1200)}\u0000 hidden.\n`);
    writeFileSync(join(bad, '002_0000000000000002.txt'), ' date 0000-01-01 Year zero.\n');
  });

  it(
    'check-seeds and the build refuse them alike, naming each file, printing no control character',
    () => {
      const check = checkSeeds(bad);
      expect(check.status).toBe(1);
      const built = build(bad, join(work, 'bad-dist'));
      expect(built.status).toBe(1);
      for (const output of [check.output, built.output]) {
        for (const line of output.split('\n').filter((line) => line.includes('bad-seeds'))) expect(line).not.toMatch(CONTROL);
        expect(output).not.toContain('\u001b[2J');
        expect(output).toContain('\\u001b[2J\\u001b[32mAll seeds OK, 0 errors\\u001b[0m.txt');
        expect(output).toContain('x\\u000a000_0000000000000000.txt: all good.txt');
        expect(output).toMatch(/001_0000000000000001\.txt.*NUL/);
        expect(output).toMatch(/002_0000000000000002\.txt:1: error: .*0000-01-01/);
      }
      expect(existsSync(join(work, 'bad-dist'))).toBe(false);
    },
    BUILD_MS,
  );
});
