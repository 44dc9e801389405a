import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTree as tree } from '../../file-tree.ts';
import { sitePlugins } from '../../../src/node/site-plugins.ts';
import { readArticleText } from '../../../src/node/record-text.ts';
import { dataStamp } from '../../../src/content/archive/model.ts';
import type { RouterData } from '../../../src/content/contracts.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'rebuild-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the site and returns what it logged (its summary tells what came from the cache). */
async function buildSite(root: string, seeds: string, outDir: string, cacheDir?: string | false): Promise<string> {
  const logged: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void logged.push(message);
  logger.warn = (message) => void logged.push(message);
  // Five articles a page: below, the first page's articles do not change, while the months
  // it offers to filter by do.
  const site = { siteUrl: 'https://archive.example', articlesPerPage: 5 };
  await build({ root, configFile: false, customLogger: logger, plugins: [sitePlugins({ dir: seeds, cacheDir, site })], build: { outDir: join(root, outDir) } });
  return logged.join('\n');
}

/** A copy of the fixture site and of the good seeds, under `name` in the scratch folder. */
function copySite(name: string): { root: string; seeds: string } {
  const root = join(scratch, name);
  const seeds = join(scratch, `${name}-seeds`);
  cpSync(join(fixtures, 'plugin-site'), root, { recursive: true });
  cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
  return { root, seeds };
}

describe('a rebuild from the cache', () => {
  it('after seeds are edited, added and removed, writes byte for byte what a clean build writes, reusing what did not change', async () => {
    const { root, seeds } = copySite('site');
    expect(await buildSite(root, seeds, 'dist')).toMatch(/reused 0 parsed seeds and 0 rendered pages/);

    appendFileSync(join(seeds, '00002_b1b2c3d4e5f60718.txt'), '\nA paragraph added by an editor.\n');
    // The oldest article of all: the list pages before it keep their data, but gain a month to filter by.
    writeFileSync(join(seeds, '200_0f0e0d0c0b0a0908.txt'), ' date 1901-05-01 A NEW OLD ARTICLE\n\nThe oldest article of all, about cocoa.\n');
    unlinkSync(
      join(
        seeds,
        readdirSync(seeds).find((name) => name.includes('a1b2c3d4e5f60718'))!,
      ),
    );
    // Left over in the output folder; a clean build would not have it.
    writeFileSync(join(root, 'dist', 'stray.txt'), 'not part of the site');

    const summary = /reused (\d+) parsed seeds and (\d+) rendered pages/.exec(await buildSite(root, seeds, 'dist'));
    expect(Number(summary?.[1])).toBe(readdirSync(seeds).length - 2);
    expect(Number(summary?.[2])).toBeGreaterThan(0);

    await buildSite(root, seeds, 'clean', false);
    const rebuilt = tree(join(root, 'dist'));
    const clean = tree(join(root, 'clean'));
    expect([...rebuilt.keys()]).toEqual([...clean.keys()]);
    for (const [path, bytes] of clean) expect(rebuilt.get(path), path).toBe(bytes);
    expect([...rebuilt.keys()].some((path) => path.includes('0f0e0d0c0b0a0908'))).toBe(true);
    expect([...rebuilt.keys()].some((path) => path.includes('a1b2c3d4e5f60718'))).toBe(false);
  }, 60_000);

  it('into a folder Vite does not empty, removes what the last build wrote and this one does not, and keeps what others put there', async () => {
    const { root, seeds } = copySite('site-beside');
    // Outside the project, as `--outDir ../site` names it: Vite leaves what it holds.
    await buildSite(root, seeds, '../beside');
    const out = join(scratch, 'beside');
    writeFileSync(join(out, 'CNAME'), 'archive.example');
    const removed = readdirSync(seeds).find((name) => name.includes('a1b2c3d4e5f60718'))!;
    expect([...tree(out).keys()].some((path) => path.includes('a1b2c3d4e5f60718'))).toBe(true);
    unlinkSync(join(seeds, removed));

    await buildSite(root, seeds, '../beside');
    const files = [...tree(out).keys()];
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('archive.example');
    expect(files.filter((path) => path.includes('a1b2c3d4e5f60718'))).toEqual([]);
    // The last build's data folder went with the files it held.
    expect(readdirSync(join(out, 'data'))).toHaveLength(1);
  }, 60_000);

  it("after one article is edited, keeps the scripts' names and the files of the pages that do not show it", async () => {
    const { root, seeds } = copySite('one-edit');
    await buildSite(root, seeds, 'dist');
    const dist = join(root, 'dist');
    const assets = readdirSync(join(dist, 'assets')).sort();
    const page = (id: string) => join(dist, 'articles', id, 'index.html');
    const before = { edited: readFileSync(page('693449e0a82507a3')), other: statSync(page('f1b2c3d4e5f60718')).ino };

    const manifest = readFileSync(join(dist, 'archive.json'), 'utf8');

    // An edit of the newest article that changes no word, so no article's related ones: its
    // record is the last of its pack, and no other record moves. (An edit that moves records
    // rewrites the pages of those after it in its pack, and of the articles linking to them,
    // as their places change: article-pack.ts.)
    const edited = join(seeds, '000_693449e0a82507a3.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('with Putin in two years.', 'with Putin in two years!'));
    await buildSite(root, seeds, 'dist');

    // The bundle does not carry the manifest, which names the new data folder.
    expect(readdirSync(join(dist, 'assets')).sort()).toEqual(assets);
    expect(readFileSync(join(dist, 'archive.json'), 'utf8')).not.toEqual(manifest);
    expect(readFileSync(page('693449e0a82507a3'))).not.toEqual(before.edited);
    // The page of an article neither beside it nor related to it is the old output's very file, linked unread.
    expect(statSync(page('f1b2c3d4e5f60718')).ino).toBe(before.other);
  }, 60_000);

  it('after a change of code renders every page again over unchanged data, writes what a clean build writes, helper thread included', async () => {
    // Enough articles that the helper thread renders half the pages. It reads the data files
    // from disk: those the rebuild leaves in the output, unchanged, too (once, it read only
    // the staging folder, and rendered half the articles as not found).
    const root = join(scratch, 'new-code');
    const seeds = join(scratch, 'new-code-seeds');
    cpSync(join(fixtures, 'plugin-site'), root, { recursive: true });
    mkdirSync(seeds);
    const words = ['cocoa', 'harvest', 'rain', 'export', 'price', 'port', 'strike', 'budget'];
    for (let i = 0; i < 230; i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      writeFileSync(
        join(seeds, `${String(i).padStart(3, '0')}_20000000000${i.toString(16).padStart(5, '0')}.txt`),
        ` date 2021-${month}-${day} ${words[i % 8]!.toUpperCase()} REPORT NUMBER ${i}\n\nA report on ${words[i % 8]} and ${words[(i * 3) % 8]}, number ${i}.\n`,
      );
    }
    await buildSite(root, seeds, 'dist', 'cache-a');
    // Another cache folder stands for new code: its fingerprint matches no page kept.
    expect(await buildSite(root, seeds, 'dist', 'cache-b')).toMatch(/reused 0 parsed seeds and 0 rendered pages/);
    await buildSite(root, seeds, 'clean', false);
    const rebuilt = tree(join(root, 'dist'));
    const clean = tree(join(root, 'clean'));
    expect([...rebuilt.keys()]).toEqual([...clean.keys()]);
    for (const [path, bytes] of clean) expect(rebuilt.get(path), path).toBe(bytes);
    // Each page, the helper's included, names its data file with the stamp the browser works
    // out from it (a page without it would never be hydrated).
    const dataPath = (JSON.parse(readFileSync(join(root, 'dist', 'archive.json'), 'utf8')) as { dataPath: string }).dataPath;
    for (let i = 0; i < 230; i++) {
      const id = `20000000000${i.toString(16).padStart(5, '0')}`;
      const html = readFileSync(join(root, 'dist', 'articles', id, 'index.html'), 'utf8');
      expect(html, `article ${i}`).toContain(`Report Number ${i}`);
      const block = JSON.parse(/<script type="application\/json" id="router-data">([^<]*)<\/script>/.exec(html)![1]!) as RouterData;
      expect(block.files, `article ${i}`).toEqual([`articles/${id}.json`]);
      expect(block.stamp, `article ${i}`).toBe(dataStamp(block.files, [readArticleText([join(root, 'dist', dataPath)], block.places![block.files[0]!]!)]));
    }
  }, 120_000);
});
