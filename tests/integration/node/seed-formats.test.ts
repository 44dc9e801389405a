// Seeds as CMS and static-site exports leave them, through the real check-seeds and the
// real build: year subfolders, slug names, YAML lists, TOML front matter, and an HTML export.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathId } from '../../../src/content/seeds/seed-name.ts';

const root = process.cwd();
const fixture = join(root, 'tests/fixtures/cms-seeds');
const work = join(root, '.tmp/seed-formats');
const BUILD_MS = 120_000;

function run(args: string[], seeds: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seeds, SEEDS_CACHE: 'off', NO_COLOR: '1' };
  delete env.VITEST;
  delete env.NODE_ENV;
  delete env.FORCE_COLOR;
  const result = spawnSync('npx', args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const checkSeeds = (seeds: string) => run(['tsx', 'src/node/check-seeds.ts', seeds], seeds);
const build = (seeds: string, outDir: string) => run(['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], seeds);

beforeAll(() => rmSync(work, { recursive: true, force: true }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const derived = pathId('2024/03/council-budget.txt');

describe('a folder with an HTML export', () => {
  it(
    'is refused alike by check-seeds and the build, naming the export by its path and line',
    () => {
      const check = checkSeeds(fixture);
      expect(check.status, check.output).toBe(1);
      expect(check.output).toMatch(/cms-seeds\/2024\/05\/open-day-export\.txt:5: error: this is an HTML export .*export the article as plain text/);
      expect(check.output).toContain(
        `cms-seeds/2024/03/council-budget.txt: warning: has no id in its name or front matter, so its id, ${derived}, comes from its path`,
      );
      expect(check.output).toMatch(/cms-seeds: 4 articles, 1 warning, 1 error\n/);
      const built = build(fixture, join(work, 'refused'));
      expect(built.status).toBe(1);
      expect(built.output).toMatch(/2024\/05\/open-day-export\.txt:5: error: this is an HTML export/);
      expect(existsSync(join(work, 'refused'))).toBe(false);
    },
    BUILD_MS,
  );
});

describe('a folder of year subfolders, slug names, YAML and TOML', () => {
  const seeds = join(work, 'seeds');
  const dist = join(work, 'dist');
  let output = '';
  beforeAll(() => {
    cpSync(fixture, seeds, { recursive: true });
    rmSync(join(seeds, '2024/05/open-day-export.txt'));
    const result = build(seeds, dist);
    output = result.output;
    expect(result.status, output).toBe(0);
  }, BUILD_MS);

  it('passes check-seeds with the one warning the build gives', () => {
    const check = checkSeeds(seeds);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/seeds: 4 articles, 1 warning, 0 errors\n/);
    expect(output).toContain(`2024/03/council-budget.txt: warning: has no id in its name or front matter, so its id, ${derived}`);
  });

  it('publishes every article under its id: from the name, the front matter, TOML, or the path', () => {
    const page = (id: string) => readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8');
    expect(page('a1b2c3d4e5f60718')).toContain('Time Warner');
    expect(page('c0ffee0000000001')).toContain('The harbour’s new crane arrives');
    expect(page('c0ffee0000000002')).toContain('Ferry timetable: winter changes');
    expect(page(derived)).toContain('Council budget: what happens next');
    expect(existsSync(join(dist, 'articles', 'ffffffffffffffff'))).toBe(false);
  });

  it('makes tag pages of YAML lists, TOML arrays and categories', () => {
    const tag = (slug: string) => readFileSync(join(dist, 'tags', slug, 'index.html'), 'utf8');
    expect(tag('politics')).toContain('Council budget: what happens next');
    expect(tag('politics')).toContain('The harbour’s new crane arrives');
    expect(tag('local-government')).toContain('Council budget');
    expect(tag('economy')).toContain('crane');
    expect(tag('transport')).toContain('Ferry timetable');
  });
});
