import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/content/article.ts';
import { editDistance } from '../../../src/content/edit-distance.ts';
import { parseSeed } from '../../../src/content/parse-seed.ts';
import { buildSearchIndex, SEARCH_INDEX_VERSION } from '../../../src/content/search-index.ts';
import { createSearcher } from '../../../src/content/search-query.ts';

const realSeed = (() => {
  const name = '000_693449e0a82507a3.txt';
  const result = parseSeed(name, readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('the real seed does not parse');
  return result.article;
})();

const article = (title: string, text: string, date = '2024-01-01'): Article => ({
  id: title,
  order: 0,
  file: `${title}.txt`,
  date,
  title,
  excerpt: text,
  wordCount: 1,
  readingMinutes: 1,
  tags: [],
  blocks: [{ kind: 'paragraph', text }],
});

const others = [
  article('Cocoa harvest review', 'Showers continued in the Bahia cocoa zone, improving prospects for the crop.'),
  article('North American pandemic plans', 'Health officials in North America published plans for a pandemic.'),
  article('Box office results', 'The film topped the box office on its opening weekend.'),
];

describe('search over the real seed', () => {
  const docs = [...others, realSeed];
  const search = createSearcher(buildSearchIndex(docs));
  const topTitle = (query: string) => docs[search(query)[0]?.doc ?? -1]?.title;

  it.each(['zelenksy', 'Sholz Putin call', 'pandoras box', 'north korean troops', 'Zelensky', 'kremlin'])('finds the seed article first for %s', (query) => {
    expect(topTitle(query)).toBe(realSeed.title);
  });

  it('reports the vocabulary terms each hit matched, for highlighting', () => {
    expect(search('Sholz Putin call')[0]!.terms).toEqual(expect.arrayContaining(['scholz', 'putin', 'call']));
  });

  it('finds nothing for a word in no article', () => {
    expect(search('xyzzy')).toEqual([]);
    expect(search('scholz xyzzy')).toEqual([]);
  });

  it('completes a word being typed', () => {
    expect(topTitle('zelen')).toBe(realSeed.title);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search('')).toEqual([]);
    expect(search(' “…” ')).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts an exact title match first', () => {
    const docs = [article('Rates rise again', 'Box office box office box office results.'), article('Box office results', 'Weekend figures.')];
    const search = createSearcher(buildSearchIndex(docs));
    expect(search('box office results')[0]!.doc).toBe(1);
  });

  it('breaks ties in favour of the newer article (the lower document number)', () => {
    const docs = [article('Same', 'identical words here'), article('Same', 'identical words here')];
    expect(createSearcher(buildSearchIndex(docs))('identical').map((h) => h.doc)).toEqual([0, 1]);
  });

  it('falls back to articles with some of the words when none has all', () => {
    const docs = [article('Alpha', 'cocoa crop'), article('Beta', 'coffee crop')];
    expect(createSearcher(buildSearchIndex(docs))('cocoa coffee')).toHaveLength(2);
  });

  it('ranks an exactly spelled word above a near miss', () => {
    const docs = [article('One', 'the government said'), article('Two', 'the goverment said')];
    expect(createSearcher(buildSearchIndex(docs))('goverment').map((h) => h.doc)).toEqual([1, 0]);
  });
});

describe('the search index', () => {
  it('is versioned and refuses another version', () => {
    const index = buildSearchIndex(others);
    expect(index.version).toBe(SEARCH_INDEX_VERSION);
    expect(() => createSearcher({ ...index, version: 999 as never })).toThrow(/rebuild/);
  });

  it('keeps its vocabulary sorted and survives JSON', () => {
    const index = buildSearchIndex([...others, realSeed]);
    expect([...index.terms].sort()).toEqual(index.terms);
    const again = createSearcher(JSON.parse(JSON.stringify(index)));
    expect(again('zelenksy')[0]!.doc).toBe(3);
  });
});

describe('editDistance', () => {
  it.each([
    ['zelensky', 'zelenksy', 1],
    ['scholz', 'sholz', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
