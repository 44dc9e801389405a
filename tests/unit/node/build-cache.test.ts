import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, recordedFiles } from '../../../src/node/build-cache.ts';

describe('BuildCache', () => {
  it('prunes the cache of a gone output folder only once no build has touched it for an hour, so builds can run side by side', () => {
    mkdirSync('.tmp', { recursive: true });
    const cacheDir = mkdtempSync(join('.tmp', 'build-cache-'));
    const other = join(cacheDir, 'another-target');
    mkdirSync(other);
    // A build in progress elsewhere: its output folder does not exist until it finishes.
    writeFileSync(join(other, 'target.json'), JSON.stringify({ seedDir: 'seeds', outDir: join(cacheDir, 'not-yet') }));
    const open = () =>
      new BuildCache({ cacheDir, seedDir: 'tests/fixtures/app-seeds', outDir: join(cacheDir, 'out'), appRoot: process.cwd(), seedOptions: {} });
    open();
    expect(existsSync(other)).toBe(true);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    open();
    expect(existsSync(other)).toBe(false);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('records each file a build wrote once, and reads back every one, from its own record or an older one listing them all', () => {
    mkdirSync('.tmp', { recursive: true });
    const cacheDir = mkdtempSync(join('.tmp', 'build-cache-'));
    const open = () =>
      new BuildCache({ cacheDir, seedDir: 'tests/fixtures/app-seeds', outDir: join(cacheDir, 'out'), appRoot: process.cwd(), seedOptions: {} });
    const files = ['404.html', 'articles/a/index.html', 'data/1/articles/a.json', 'robots.txt'];
    const stamps = { 'articles/a/index.html': 'k1 1 2 3', 'data/1/articles/a.json': 'k2 4 5 6' };
    open().save({ files, dataPath: 'data/1/', stamps });
    const record = open().previous!;
    expect(record).toMatchObject({ dataPath: 'data/1/', stamps });
    expect(recordedFiles(record).sort()).toEqual(files);
    const [target] = readdirSync(cacheDir);
    const written = readFileSync(join(cacheDir, target!, 'outputs.json'), 'utf8');
    expect(written.match(/articles\/a\/index\.html/g)).toHaveLength(1);
    expect(recordedFiles({ files, dataPath: 'data/1/', stamps })).toEqual(files);
    rmSync(cacheDir, { recursive: true, force: true });
  });
});
