import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/node/build-summary.ts';

const checkSeeds = (folder: string) => spawnSync('npx', ['tsx', 'src/node/check-seeds.ts', folder], { encoding: 'utf8' });

describe('npm run check-seeds', () => {
  it('lists every problem with file and line, ends with a summary and exits 1 on errors', () => {
    const run = checkSeeds('tests/fixtures/seeds-bad');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      'tests/fixtures/seeds-bad/012_1000000000000003.txt:1: error: 2024-02-30 is not a real calendar date: the header must be " date YYYY-MM-DD " with a real date, such as " date 2024-02-29 "',
    );
    expect(lines.filter((l) => l.includes(': error: '))).toHaveLength(10);
    expect(lines.at(-1)).toBe('tests/fixtures/seeds-bad: 3 articles, 3 warnings, 10 errors');
  }, 60_000);

  it('passes a good folder with exit 0', () => {
    const run = checkSeeds('tests/fixtures/seeds-good');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('tests/fixtures/seeds-good: 8 articles, 0 warnings, 0 errors');
  }, 60_000);
});

describe('buildSummary', () => {
  it('counts articles, warnings, files and bytes written, and time', () => {
    const out = mkdtempSync(join(tmpdir(), 'summary-'));
    mkdirSync(join(out, 'a'));
    writeFileSync(join(out, 'index.html'), 'x'.repeat(2048));
    writeFileSync(join(out, 'a', 'b.json'), 'y'.repeat(1024));
    const seeds = { articles: [{} as never, {} as never], problems: [{ severity: 'warning' as const, file: 'x', message: 'm' }] };
    const line = buildSummary(seeds, out, 1234);
    // The files a publish in place listed, read as the folder is: the sizes the writer knows, the others' looked up.
    const listed = buildSummary(seeds, out, 1234, { sizes: new Map([['a/b.json', 1024]]), folders: new Set() }, new Set(['index.html', 'a/b.json']));
    rmSync(out, { recursive: true });
    expect(line.trim()).toMatch(/^2 articles, 1 warning; wrote 2 files \(3 KB\) to .* in 1\.2 s$/);
    expect(listed).toBe(line);
    const empty = buildSummary({ articles: [], problems: [] }, mkdtempSync(join(tmpdir(), 'summary-')), 10);
    expect(empty).toMatch(/^0 articles, .*\nThe seed folder holds no articles, so the site shows none: add \.txt or \.md seeds to it/m);
  });
});
