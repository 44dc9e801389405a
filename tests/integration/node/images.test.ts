// Seeds with images, through the real build and the real check-seeds: the errors both report
// alike, and a rebuild that encodes nothing when no image changed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { sitePlugins } from '../../../src/node/site-plugins.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'images-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site; returns what it logged, or the build's error message. */
async function buildSite(seeds: string, outDir: string, cacheDir: string | false): Promise<{ ok: boolean; log: string }> {
  const root = join(scratch, 'site');
  cpSync(join(fixtures, 'plugin-site'), root, { recursive: true });
  const logged: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void logged.push(message);
  logger.warn = (message) => void logged.push(message);
  try {
    await build({
      root,
      configFile: false,
      customLogger: logger,
      plugins: [sitePlugins({ dir: seeds, cacheDir, site: { siteUrl: 'https://archive.example' } })],
      build: { outDir: join(scratch, outDir) },
    });
    return { ok: true, log: logged.join('\n') };
  } catch (error) {
    return { ok: false, log: `${logged.join('\n')}\n${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The `file:line: error` places of a report. */
const errorPlaces = (text: string) => [...new Set([...text.matchAll(/([\w/.-]+\.md):(\d+): error:/g)].map((m) => `${m[1]!.split('/').pop()}:${m[2]}`))].sort();

describe('a seed folder with bad images', () => {
  it('is refused by the build and by check-seeds alike, each image named with its seed and line and what to do', async () => {
    const seeds = join(scratch, 'bad-seeds');
    mkdirSync(join(seeds, '2024'), { recursive: true });
    writeFileSync(join(seeds, '2024', 'not-a-photo.jpg'), 'this is text, not a JPEG\n');
    const seed = (name: string, front: string, body = 'Some text about the harbour.') =>
      writeFileSync(join(seeds, '2024', name), `---\ndate: 2024-06-03\n${front}---\n${body}\n`);
    seed('missing.md', 'image: gone.jpg\nimageAlt: A photo that is not there\n');
    seed('no-alt.md', '', 'Text first.\n\n![](not-a-photo.jpg)');
    seed('remote.md', 'image: https://cdn.example.org/p.jpg\nimageAlt: A remote photo\n');
    seed('escape.md', 'image: ../../etc/p.jpg\nimageAlt: Out of the folder\n');
    seed('unreadable.md', 'image: not-a-photo.jpg\nimageAlt: A text file named .jpg\n');

    const built = await buildSite(seeds, 'bad-dist', false);
    expect(built.ok).toBe(false);
    expect(built.log).toMatch(/missing\.md:3: error: image file 2024\/gone\.jpg is not there: put the image there/);
    expect(built.log).toMatch(/no-alt\.md:6: error: image "not-a-photo\.jpg" has no alt text/);
    expect(built.log).toMatch(/remote\.md:3: error: front matter image "https:\/\/cdn\.example\.org\/p\.jpg" is on another site.*download the image/);
    expect(built.log).toMatch(/escape\.md:3: error: front matter image "\.\.\/\.\.\/etc\/p\.jpg" leads out of the seed folder/);
    expect(built.log).toMatch(/unreadable\.md:3: error: image file 2024\/not-a-photo\.jpg cannot be read as an image .*save it as JPEG, PNG or WebP/);

    const check = spawnSync('npx', ['tsx', 'src/node/check-seeds.ts', seeds], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(errorPlaces(check.stdout)).toEqual(['escape.md:3', 'missing.md:3', 'no-alt.md:6', 'remote.md:3', 'unreadable.md:3']);
    expect(errorPlaces(check.stdout)).toEqual(errorPlaces(built.log));
    expect(check.stdout).not.toMatch(/not-a-photo\.jpg: warning/);
  }, 120_000);
});

describe('a rebuild', () => {
  it('encodes no image when none changed, links the files it wrote, and encodes only an image that changed', async () => {
    const seeds = join(scratch, 'seeds');
    cpSync(join(fixtures, 'markdown-seeds'), seeds, { recursive: true });
    const cache = join(scratch, 'cache');
    const images = join(scratch, 'dist', 'assets', 'img');
    const first = await buildSite(seeds, 'dist', cache);
    expect(first.ok, first.log).toBe(true);
    expect(first.log).toMatch(/encoded 9 image files/);
    const inodes = new Map(readdirSync(images).map((name) => [name, statSync(join(images, name)).ino]));
    expect(inodes.size).toBe(9);

    const second = await buildSite(seeds, 'dist', cache);
    expect(second.ok, second.log).toBe(true);
    expect(second.log).not.toMatch(/encoded \d+ image/);
    for (const name of readdirSync(images)) expect(statSync(join(images, name)).ino, name).toBe(inodes.get(name));

    // The chart redrawn: a new hash, its two files encoded, the others linked.
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#884422' } })
      .png()
      .toFile(join(seeds, '2024/06/images/dredging-chart.png'));
    const third = await buildSite(seeds, 'dist', cache);
    expect(third.ok, third.log).toBe(true);
    expect(third.log).toMatch(/encoded 2 image files/);
    expect(readdirSync(images)).toHaveLength(9);

    // The output gone (a fresh checkout's deploy folder): the files come from the build cache, not from sharp.
    rmSync(join(scratch, 'dist'), { recursive: true, force: true });
    const fourth = await buildSite(seeds, 'dist', cache);
    expect(fourth.ok, fourth.log).toBe(true);
    expect(fourth.log).not.toMatch(/encoded \d+ image/);
    expect(readdirSync(images)).toHaveLength(9);
  }, 120_000);
});
