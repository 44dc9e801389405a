import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../../src/content/publishing/cache-rules.ts';

// Builds the site exactly as .github/workflows/deploy.yml does, for a repository named
// "my-archive", and checks the output against the sub-path and the cache rules.
const workflow = readFileSync(new URL('../../../.github/workflows/deploy.yml', import.meta.url), 'utf8');
const command = /run: (npm run build -- --base=\/\$\{\{ github\.event\.repository\.name \}\}\/)\s*$/m.exec(workflow)?.[1];
const outDir = mkdtempSync(join(tmpdir(), 'deploy-'));
const files: string[] = [];

beforeAll(() => {
  expect(command, 'the workflow builds with npm run build and the repository sub-path').toBeDefined();
  const concrete = `${command!.replace('${{ github.event.repository.name }}', 'my-archive')} --outDir ${outDir} --emptyOutDir --logLevel error`;
  // As in the workflow (outside vitest, the public origin set), but from the sample fixture:
  // a publisher's own seeds/ can hold anything, or 20,000 articles.
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: 'tests/fixtures/sample-seeds', SITE_URL: 'https://owner.github.io' };
  delete env.VITEST;
  const run = spawnSync('sh', ['-c', concrete], { encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  files.push(
    ...(readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((e) => e.isFile())
      .map((e) => relative(outDir, join(e.parentPath, e.name))),
  );
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the GitHub Pages workflow build', () => {
  it('puts every link, script, style and canonical URL of every page under the repository sub-path', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(join(outDir, page), 'utf8');
      const urls = [...html.matchAll(/\s(?:href|src|action)="([^"#]+)"/g)].map((m) => m[1]!);
      expect(urls.length, page).toBeGreaterThan(3);
      for (const url of urls) expect(url, `${page}: ${url}`).toMatch(/^(\/my-archive\/|https:\/\/owner\.github\.io\/my-archive\/)/);
    }
  });

  it('points the sitemap index, its sitemap, feed and robots.txt at the public sub-path', () => {
    for (const file of ['sitemap.xml', 'sitemap-1.xml', 'feed.xml', 'robots.txt']) {
      const text = readFileSync(join(outDir, file), 'utf8');
      const urls = [...text.matchAll(/<loc>([^<]+)<\/loc>|<id>([^<]+)<\/id>|<link [^>]*href="([^"]+)"|^Sitemap: (\S+)$/gm)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? m[4]!,
      );
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url, file).toMatch(/^https:\/\/owner\.github\.io\/my-archive\//);
    }
  });
});

describe('the cache rules', () => {
  it('give every file type in the output a rule: a year for hashed files, revalidation for the rest', () => {
    const byType = new Map<string, Set<string>>();
    for (const file of files) {
      const type = file.includes('.') ? file.slice(file.lastIndexOf('.')) : file;
      if (!byType.has(type)) byType.set(type, new Set());
      byType.get(type)!.add(cacheControlFor(file));
      const hashed = /(^|\/)assets\/.+-[\w-]{6,}\.\w+$/.test(file) || /^data\/[0-9a-f]{12}\//.test(file);
      expect(cacheControlFor(file), file).toBe(hashed ? IMMUTABLE : REVALIDATE);
    }
    expect([...byType.keys()].sort()).toEqual(expect.arrayContaining(['.css', '.html', '.js', '.json', '.png', '.svg', '.webmanifest', '.xml', '.txt']));
  });

  it('write those rules and the protections for Netlify and Cloudflare Pages, no header twice for a file, under the sub-path', () => {
    const rules = readFileSync(join(outDir, '_headers'), 'utf8');
    const blocks = [...rules.matchAll(/^(\/\S*)\n((?: {2}.+\n?)+)/gm)].map((m) => ({
      pattern: m[1]!,
      headers: [...m[2]!.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((h) => [h[1]!.toLowerCase(), h[2]!] as const),
    }));
    const matches = (pattern: string, file: string) => {
      const path = `/my-archive/${file}`;
      return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    };
    for (const file of files) {
      const headers = blocks.filter((b) => matches(b.pattern, file)).flatMap((b) => b.headers);
      const names = headers.map(([name]) => name);
      // Both hosts join the values of a header named by several matching rules: each once.
      expect(new Set(names).size, file).toBe(names.length);
      const cache = headers.find(([name]) => name === 'cache-control')?.[1];
      expect(cache ?? REVALIDATE, file).toBe(cacheControlFor(file));
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers, file).toContainEqual([name, value]);
    }
    expect(rules).toContain(`/my-archive/service-worker.js\n  Cache-Control: ${REVALIDATE}`);
  });
});
