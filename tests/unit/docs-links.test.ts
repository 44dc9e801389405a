import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative link of the README, CONTRIBUTING.md and docs/ points at a file of the
// repository (the README once linked a file outside it, broken in any clone), and every
// #anchor at a heading of its page.
const root = new URL('../../', import.meta.url).pathname;
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown page's headings (outside code blocks). */
function anchors(text: string): Set<string> {
  const prose = text.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
  return new Set([...prose.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!.replace(/`/g, ''))));
}

/** The targets of a page's Markdown links, outside code blocks and code spans. */
function links(text: string): string[] {
  const prose = text.replace(/^\s*```[\s\S]*?^\s*```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('the documentation', () => {
  it('finds its pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/seeds.md', 'docs/architecture.md']));
  });

  it.each(pages)('%s links only to files of the repository and to headings that exist', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    const broken = links(text)
      .filter((target) => !/^(https?:|mailto:)/.test(target))
      .filter((target) => {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const file = path ? join(root, dirname(page), decodeURIComponent(path)) : join(root, page);
        if (!relative(root, file) || relative(root, file).startsWith('..') || !existsSync(file)) return true;
        if (anchor === undefined) return false;
        return !statSync(file).isFile() || !anchors(readFileSync(file, 'utf8')).has(anchor);
      });
    expect(broken).toEqual([]);
  });
});
