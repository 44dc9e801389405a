import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/content/article.ts';
import { editDistance } from '../../../src/content/edit-distance.ts';
import { parseSeed } from '../../../src/content/parse-seed.ts';
import { createSearchEngine } from '../../../src/content/search-engine.ts';
import { buildSearchIndex, decodeTerms, encodeTerms, SEARCH_INDEX_VERSION } from '../../../src/content/search-index.ts';

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

/** A search over articles in display order, with shards served from memory and every fetch counted. */
function searcher(docs: readonly Article[], budget?: number) {
  const { vocabulary, shards } = buildSearchIndex(docs, budget);
  const fetched: number[] = [];
  const engine = createSearchEngine(JSON.parse(JSON.stringify(vocabulary)), async (shard) => {
    fetched.push(shard);
    return JSON.parse(JSON.stringify(shards[shard]));
  });
  const search = async (query: string) => (await engine.search(query)).hits;
  return Object.assign(search, { engine, fetched, shardCount: shards.length });
}

const others = [
  article('Cocoa harvest review', 'Showers continued in the Bahia cocoa zone, improving prospects for the crop.'),
  article('North American pandemic plans', 'Health officials in North America published plans for a pandemic.'),
  article('Box office results', 'The film topped the box office on its opening weekend.'),
];

describe('search over the real seed', () => {
  const docs = [...others, realSeed];
  const search = searcher(docs);
  const topTitle = async (query: string) => docs[(await search(query))[0]?.doc ?? -1]?.title;

  it.each(['zelenksy', 'Sholz Putin call', 'pandoras box', 'north korean troops', 'Zelensky', 'kremlin'])('finds the seed article first for %s', async (query) => {
    expect(await topTitle(query)).toBe(realSeed.title);
  });

  it('reports the vocabulary terms that matched, for highlighting', async () => {
    expect((await search.engine.search('Sholz Putin call')).terms).toEqual(expect.arrayContaining(['scholz', 'putin', 'call']));
  });

  it('finds nothing for a word in no article', async () => {
    expect(await search('xyzzy')).toEqual([]);
    expect(await search('scholz xyzzy')).toEqual([]);
  });

  it('completes the word being typed, but not a finished one', async () => {
    expect(await topTitle('zelen')).toBe(realSeed.title);
    expect(await search('zelen ')).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect(await search('')).toEqual([]);
    expect(await search(' “…” ')).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts an exact title match first', async () => {
    const docs = [article('Rates rise again', 'Box office box office box office results.'), article('Box office results', 'Weekend figures.')];
    expect((await searcher(docs)('box office results'))[0]!.doc).toBe(1);
  });

  it('breaks ties in favour of the newer article (the lower document number)', async () => {
    const docs = [article('Same', 'identical words here'), article('Same', 'identical words here')];
    expect((await searcher(docs)('identical')).map((h) => h.doc)).toEqual([0, 1]);
  });

  it('falls back to articles with some of the words when none has all', async () => {
    const docs = [article('Alpha', 'cocoa crop'), article('Beta', 'coffee crop')];
    expect(await searcher(docs)('cocoa coffee')).toHaveLength(2);
  });

  it('reads a rare misspelling as the common word the reader meant', async () => {
    const docs = [...Array.from({ length: 200 }, (_, i) => article(`Real ${i}`, `the government said ${i}`)), article('Typo', 'the goverment said')];
    const { total, hits } = await searcher(docs).engine.search('goverment');
    expect(total).toBe(201);
    expect(hits.slice(0, 5).map((h) => h.doc)).not.toContain(200);
  });

  it('keeps a word spelled as typed when it is not much rarer than its neighbours', async () => {
    const docs = [article('One', 'the government said'), article('Two', 'the goverment said'), article('Three', 'the goverment said')];
    expect((await searcher(docs)('goverment')).map((h) => h.doc)).toEqual([1, 2]);
  });
});

describe('shards', () => {
  const docs = [...others, realSeed];

  it('fetches only the shards a query needs, once each', async () => {
    const search = searcher(docs, 100);
    expect(search.shardCount).toBeGreaterThan(10);
    await search('kremlin ');
    expect(search.fetched.length).toBe(1);
    await search('kremlin ');
    expect(search.fetched.length).toBe(1);
  });

  it('ranks the same whatever the shard size', async () => {
    for (const query of ['zelenksy', 'north korean troops', 'box', 'pandoras box']) {
      expect(await searcher(docs, 100)(query)).toEqual(await searcher(docs, 1_000_000)(query));
    }
  });
});

describe('the search index', () => {
  it('is versioned and refuses another version', () => {
    const { vocabulary } = buildSearchIndex(others);
    expect(vocabulary.version).toBe(SEARCH_INDEX_VERSION);
    expect(() => createSearchEngine({ ...vocabulary, version: 999 as never }, async () => [])).toThrow(/rebuild/);
  });

  it('keeps its vocabulary sorted, with a document frequency per term', () => {
    const { vocabulary } = buildSearchIndex([...others, realSeed]);
    const terms = decodeTerms(vocabulary.terms);
    expect([...terms].sort()).toEqual(terms);
    expect(vocabulary.df).toHaveLength(terms.length);
    expect(vocabulary.df[terms.indexOf('north')]).toBe(2);
  });

  it('front-codes any sorted term list without loss', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 120 }).filter((t) => !/\s/.test(t))), (list) => {
        const sorted = [...list].sort();
        expect(decodeTerms(encodeTerms(sorted))).toEqual(sorted);
      }),
    );
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
