import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../../src/node/build-cache.ts';

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
});
