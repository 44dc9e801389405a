import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { prerender } from '../../../src/node/prerender.ts';
import { APP_ROOT, buildServerBundle } from '../../../src/node/server-bundle.ts';
import { routePages } from '../../../src/node/route-pages.ts';
import { buildData } from '../../../src/node/built-data.ts';
import { collectSeeds } from '../../../src/content/seeds/collect-seeds.ts';
import { DEFAULT_SITE, publicSite } from '../../../src/content/publishing/site-config.ts';

const scratch = mkdtempSync(join(tmpdir(), 'prerender-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('prerender with the helper thread', () => {
  it('writes the same pages as rendering them all on one thread', async () => {
    // Enough articles that more than 200 pages are rendered, so half go to the helper.
    const words = ['cocoa', 'harvest', 'rain', 'export', 'price', 'port', 'strike', 'budget'];
    const files = Array.from({ length: 230 }, (_, i) => ({
      name: `${String(i).padStart(3, '0')}_10000000000${i.toString(16).padStart(5, '0')}.txt`,
      bytes: Buffer.from(
        ` date 2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} ${words[i % 8]!.toUpperCase()} REPORT ${i}\n\nA report on ${words[i % 8]} and ${words[(i * 3) % 8]}, number ${i}.\n`,
      ),
    }));
    const { articles, problems } = collectSeeds(files);
    expect(problems).toEqual([]);
    const data = await buildData({ articles });
    // The helper reads the data files where the build writes them.
    const dataDir = join(scratch, 'data');
    for (const [path, content] of data.files) {
      mkdirSync(dirname(join(dataDir, path)), { recursive: true });
      writeFileSync(join(dataDir, path), content);
    }
    const template = readFileSync(new URL('../../fixtures/plugin-site/index.html', import.meta.url), 'utf8');
    const pages = routePages(
      articles.map((a) => a.id),
      data.manifest,
    );
    expect(pages.length).toBeGreaterThan(200);
    const server = await buildServerBundle({ base: '/', site: publicSite(DEFAULT_SITE) });
    onTestFinished(server.remove);
    const render = async (helper?: null) => {
      const written = new Map<string, string>();
      await prerender({
        base: '/',
        template,
        data,
        dataDirs: [dataDir],
        pages,
        siteRoot: 'https://archive.example/',
        site: publicSite(DEFAULT_SITE),
        server: server.dir,
        helper,
        out: { write: (file, content) => void written.set(file, content.toString()), reuse: () => false },
      });
      return written;
    };
    const withHelper = await render();
    const alone = await render(null);
    expect(withHelper.size).toBe(pages.length);
    expect([...withHelper.keys()].sort()).toEqual([...alone.keys()].sort());
    for (const [file, html] of alone) expect(withHelper.get(file), file).toBe(html);
    expect(alone.get(`articles/${articles[0]!.id}/index.html`)).toContain(articles[0]!.title);
  }, 60_000);
});

describe('the server bundle', () => {
  it('lives in a folder of its own until removed, and clears the folders of builds killed halfway', async () => {
    const parent = join(APP_ROOT, 'node_modules', '.cache', 'news-archive-server');
    // The pid of a process that has ended.
    const { pid } = spawnSync('true');
    const orphan = join(parent, `${pid}-killed`);
    mkdirSync(orphan, { recursive: true });
    const server = await buildServerBundle({ base: '/', site: publicSite(DEFAULT_SITE) });
    expect(existsSync(orphan)).toBe(false);
    expect(readdirSync(server.dir).sort()).toEqual(expect.arrayContaining(['archive-input.mjs', 'entry-server.mjs', 'render-worker.mjs']));
    server.remove();
    expect(existsSync(server.dir)).toBe(false);
  }, 60_000);
});
