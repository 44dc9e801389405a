// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/content/article.ts';
import { atomFeed, sitemap } from '../../../src/content/feeds.ts';

/** The document a real XML parser reads, or the parser's error. */
function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.querySelector('parsererror');
  if (error) throw new Error(error.textContent ?? 'not well-formed');
  return document;
}

const hostile = `BEL\u0007 ESC\u001b[2J NUL\u0000 one\u0001 FFFF\uFFFF FFFE\uFFFE lone\uD800 low\uDC00 & <b>"quoted"</b> 'apos' ok 😀`;
const article: Article = {
  id: '693449e0a82507a3',
  order: 0,
  file: '000_693449e0a82507a3.txt',
  date: '2024-05-06',
  title: hostile,
  excerpt: hostile,
  wordCount: 10,
  readingMinutes: 1,
  author: hostile,
  tags: [],
  blocks: [{ kind: 'heading', text: hostile }, { kind: 'paragraph', text: `${'a long paragraph '.repeat(600)}${hostile}` }],
};

describe('the feed and the sitemap', () => {
  it('stay well-formed XML whatever characters a seed holds, marking each one XML cannot carry with U+FFFD', () => {
    const xml = atomFeed([article], 'https://archive.example/', `Title ${hostile}`, (id) => `https://archive.example/articles/${id}`, { size: 50, fullText: true });
    const feed = parseXml(xml);
    const entryTitle = feed.querySelector('entry > title')!.textContent!;
    expect(entryTitle).toBe(`BEL\uFFFD ESC\uFFFD[2J NUL\uFFFD one\uFFFD FFFF\uFFFD FFFE\uFFFD lone\uFFFD low\uFFFD & <b>"quoted"</b> 'apos' ok 😀`);
    expect(feed.querySelector('entry > content')!.textContent).toContain('<h2>BEL\uFFFD');
    expect(parseXml(sitemap([{ loc: 'https://archive.example/?a=1&b=2' }])).querySelector('loc')!.textContent).toBe('https://archive.example/?a=1&b=2');
  });
});
