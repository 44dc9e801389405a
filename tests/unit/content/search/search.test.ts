import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/content/seeds/article.ts';
import { editDistance } from '../../../../src/content/search/edit-distance.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';
import { createSearchEngine } from '../../../../src/content/search/search-engine.ts';
import {
  buildSearchIndex,
  decodeTerms,
  encodeTerms,
  inverseDocumentFrequency,
  SCORE_SCALE,
  SEARCH_INDEX_VERSION,
  TITLE_SLOTS,
  TITLE_WEIGHT,
} from '../../../../src/content/search/search-index.ts';
import { articleTerms, type ArticleTerms } from '../../../../src/content/search/article-terms.ts';
import { decodePostings, encodePostings } from '../../../../src/content/search/postings-code.ts';
import { testArticle } from '../test-article.ts';

const realSeed = (() => {
  const name = '000_693449e0a82507a3.txt';
  const result = parseSeed(name, readFileSync(new URL(`../../../fixtures/sample-seeds/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('the real seed does not parse');
  return result.article;
})();

const article = (title: string, text: string, date = '2024-01-01') => testArticle(title, text, { date });

/**
 * A search over articles in display order, with the index served from memory (through JSON)
 * and every fetch counted. `heads`: whether the engine is given the head files, or given
 * them but every fetch of one fails.
 */
function searcher(docs: readonly Article[], budget?: number, heads: boolean | 'failing' = true) {
  return searcherOf(docs.map(articleTerms), budget, heads);
}

function searcherOf(terms: readonly ArticleTerms[], budget?: number, heads: boolean | 'failing' = true) {
  const index = buildSearchIndex(terms, budget);
  const { directory, parts, shards } = index;
  const fetched: number[] = [];
  const fetchedParts: number[] = [];
  const fetchedHeads: number[] = [];
  const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const headFiles = new Map(index.heads.map(({ first, postings }) => [first, postings]));
  const engine = createSearchEngine(
    viaJson(directory),
    async (part) => (fetchedParts.push(part), viaJson(parts[part]!)),
    async (shard) => (fetched.push(shard), viaJson(shards[shard]!)),
    heads
      ? async (first) => {
          fetchedHeads.push(first);
          if (heads === 'failing' || !headFiles.has(first)) throw new Error(`head ${first}: HTTP 404`);
          return viaJson(headFiles.get(first)!);
        }
      : undefined,
  );
  const search = async (query: string) => (await engine.search(query)).hits;
  return Object.assign(search, { engine, index, fetched, fetchedParts, fetchedHeads, shardCount: shards.length, partCount: parts.length });
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

  it.each(['zelenksy', 'Sholz Putin call', 'pandoras box', 'north korean troops', 'Zelensky', 'kremlin'])(
    'finds the seed article first for %s',
    async (query) => {
      expect(await topTitle(query)).toBe(realSeed.title);
    },
  );

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

describe('look-alike characters', () => {
  const docs = [
    article('Finance one', 'the finance ministry'),
    article('Finance two', 'finance rules'),
    article('Finance three', 'public finance'),
    article('Ligature', 'a ﬁnancial report'),
  ];

  it('finds a word typed with a ligature, in full width or with a soft hyphen or zero-width space, as the plain word', async () => {
    for (const query of ['ﬁnance', 'ｆｉｎａｎｃｅ', 'fi\u00ADnance', 'fi\u200Bnance']) expect(await searcher(docs)(query), query).toHaveLength(3);
  });

  it('finds text written with look-alikes by the plain word', async () => {
    expect((await searcher(docs)('financial')).map((h) => h.doc)).toEqual([3]);
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
    const { total, corrected } = await searcher(docs).engine.search('goverment');
    // Searched as corrected, and said so; the exact search finds the typo.
    expect(corrected).toBe('government');
    expect(total).toBe(200);
    expect((await searcher(docs).engine.search('goverment', 10, { exact: true })).total).toBe(1);
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

  it("fetches a one-letter word's shard together with its vocabulary part, not after it", async () => {
    const articles = [...docs, article('Plan B for the harbour', 'A plan b was drawn up, with option b kept apart.')];
    const { directory, parts, shards } = buildSearchIndex(articles.map(articleTerms), 100);
    const b = directory.letters!.find(([letter]) => letter === 'b');
    expect(b).toBeDefined();
    let releasePart = () => {};
    const partReleased = new Promise<void>((resolve) => (releasePart = resolve));
    const fetched: number[] = [];
    const engine = createSearchEngine(
      directory,
      async (part) => (await partReleased, parts[part]!),
      async (shard) => (fetched.push(shard), shards[shard]!),
    );
    const answer = engine.search('plan b');
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The vocabulary has not arrived, yet the shard of the term `b` is on its way.
    const shardOfB = shards.findIndex((_, n) => directory.shardTerms.slice(0, n + 1).reduce((a, c) => a + c, 0) > b![1]);
    expect(fetched).toContain(shardOfB);
    releasePart();
    expect((await answer).hits.map((h) => h.doc)).toEqual([articles.length - 1]);
  });

  it('names the commonest one-character terms only, with their term numbers', () => {
    const { directory, parts } = buildSearchIndex([...docs, article('Plan B', 'Option b and c.')].map(articleTerms));
    const terms = parts.flatMap((part) => decodeTerms(part.terms));
    expect(directory.letters!.length).toBeGreaterThan(0);
    for (const [letter, term] of directory.letters!) {
      expect([...letter]).toHaveLength(1);
      expect(terms[term]).toBe(letter);
    }
  });

  it('answers each query of a sequence as a fresh engine does (nothing of one query is left for the next)', async () => {
    const queries = ['north korean troops', 'box', 'kremlin', 'pandoras box', 'cocoa harvest', 'north', 'zelenksy', 'box office', 'n', 'no'];
    const typed = searcher(docs);
    for (const query of [...queries, ...queries.reverse()]) {
      expect(await typed.engine.search(query, 5), query).toEqual(await searcher(docs).engine.search(query, 5));
    }
  });

  describe('head files', () => {
    // Eight terms beginning with "st", each in its own shard at a budget of 1: typing "st" reads them.
    const words = ['stock', 'state', 'steel', 'store', 'stake', 'stern', 'stint', 'stuck'];
    const stocks = words.map((word, i) => article(`${word} report ${i}`, `The ${word} ${words[(i + 1) % words.length]} desk filed ${'more '.repeat(i)}news.`));
    const shardsOf = (search: ReturnType<typeof searcher>, terms: readonly number[]) => {
      const starts = search.index.directory.shardTerms.map((_, n, counts) => counts.slice(0, n).reduce((a, c) => a + c, 0));
      return new Set(terms.map((term) => starts.findLastIndex((start) => start <= term)));
    };

    it("hold a two-letter word's completions spread over shards, with the shards' own postings", () => {
      const search = searcher(stocks, 1);
      const vocabulary = search.index.parts.flatMap((part) => decodeTerms(part.terms));
      const postings = search.index.shards.flat();
      const st = search.index.heads.find(({ first }) => vocabulary[first] === 'stake');
      expect(st).toBeDefined();
      const terms = vocabulary.flatMap((term, t) => (term.startsWith('st') ? [t] : []));
      expect(shardsOf(search, terms).size).toBeGreaterThanOrEqual(search.index.directory.heads!);
      expect(st!.postings).toEqual(terms.map((t) => postings[t]));
      // Each head file is a two-letter word's: no head file names a term in the middle of one.
      for (const { first } of search.index.heads) expect(vocabulary[first - 1]?.slice(0, 2)).not.toBe(vocabulary[first]!.slice(0, 2));
    });

    it('answer a two-letter word being typed in one fetch instead of one per shard, ranked the same', async () => {
      const withHeads = searcher(stocks, 1);
      const without = searcher(stocks, 1, false);
      const hits = await withHeads('st');
      expect(hits).toEqual(await without('st'));
      expect(hits.length).toBe(stocks.length);
      expect(withHeads.fetchedHeads).toHaveLength(1);
      expect(withHeads.fetched).toEqual([]);
      expect(without.fetched.length).toBeGreaterThanOrEqual(withHeads.index.directory.heads!);
      // Typed on, the word's terms are read already: nothing more is fetched.
      expect(await withHeads('stoc')).toEqual(await without('stoc'));
      expect([withHeads.fetchedHeads.length, withHeads.fetched.length]).toEqual([1, 0]);
    });

    it('are read from their shards when a head file cannot be fetched', async () => {
      const failing = searcher(stocks, 1, 'failing');
      expect(await failing('st')).toEqual(await searcher(stocks, 1, false)('st'));
      expect(failing.fetchedHeads).toHaveLength(1);
      expect(failing.fetched.length).toBeGreaterThanOrEqual(failing.index.directory.heads!);
    });

    it('change no answer, for any archive and any word being typed', async () => {
      const word = fc.stringMatching(/^[s-u][s-u][a-c]{0,2}$/);
      const articleOf = fc.record({ title: fc.array(word, { maxLength: 3 }), body: fc.uniqueArray(word, { maxLength: 6 }) });
      await fc.assert(
        fc.asyncProperty(
          fc.array(articleOf, { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 10, max: 200 }),
          fc.array(fc.tuple(fc.stringMatching(/^([s-u][s-u][a-c]{0,2} ){0,2}$/), word), { minLength: 1, maxLength: 6 }),
          async (drawn, budget, queries) => {
            const terms = drawn.map(({ title, body }) => ({ title, body: body.join(' '), counts: body.map(() => 1) }));
            const withHeads = searcherOf(terms, budget);
            const failing = searcherOf(terms, budget, 'failing');
            const without = searcherOf(terms, budget, false);
            for (const [before, typed] of queries) {
              const expected = await without.engine.search(before + typed, 10);
              expect(await withHeads.engine.search(before + typed, 10)).toEqual(expected);
              expect(await failing.engine.search(before + typed, 10)).toEqual(expected);
            }
          },
        ),
      );
    });
  });

  it('ranks the same whatever the shard size', async () => {
    for (const query of ['zelenksy', 'north korean troops', 'box', 'pandoras box']) {
      expect(await searcher(docs, 100)(query)).toEqual(await searcher(docs, 1_000_000)(query));
    }
  });
});

describe('the search index', () => {
  it('is versioned and refuses another version', () => {
    const { directory } = buildSearchIndex(others.map(articleTerms));
    expect(directory.version).toBe(SEARCH_INDEX_VERSION);
    const never = async () => {
      throw new Error('not fetched');
    };
    expect(() => createSearchEngine({ ...directory, version: 999 as never }, never, never)).toThrow(/rebuild/);
  });

  it('keeps its vocabulary sorted across parts, with a document frequency per term', () => {
    const { directory, parts } = buildSearchIndex([...others, realSeed].map(articleTerms));
    const terms = parts.flatMap((part) => decodeTerms(part.terms));
    const df = parts.flatMap((part) => part.df);
    expect([...terms].sort()).toEqual(terms);
    expect(df).toHaveLength(terms.length);
    expect(df[terms.indexOf('north')]).toBe(2);
    expect(directory.parts.map((p) => p.start)).toEqual(parts.map((_, i) => parts.slice(0, i).reduce((n, part) => n + decodeTerms(part.terms).length, 0)));
  });

  it('splits the vocabulary at first characters, so a word needs one part (and every part only for a typo in its first letter)', async () => {
    // Pseudo-random five-letter words, each starting with a different letter in turn.
    const letters = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
    const wordOf = (i: number) => `${String.fromCharCode(97 + (i % 26))}${letters((i * 7919) % 26 ** 4)}`;
    const docs = Array.from({ length: 26 * 60 }, (_, i) => article(`Doc ${i}`, `${wordOf(i)} common`));
    const search = searcher(docs);
    expect(search.partCount).toBeGreaterThan(1);
    expect((await search(`${wordOf(12)} `)).map((h) => h.doc)).toEqual([12]);
    expect(search.fetchedParts).toHaveLength(1);
    const typo = `${wordOf(12)[0] === 'q' ? 'j' : 'q'}${wordOf(12).slice(1)} `;
    expect((await search(typo)).map((h) => h.doc)).toContain(12);
    expect(new Set(search.fetchedParts).size).toBe(search.partCount);
  });

  it('completes a misspelled word being typed from its own part, without fetching every part', async () => {
    const letters = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
    const wordOf = (i: number) => `${String.fromCharCode(97 + (i % 26))}${letters((i * 7919) % 26 ** 4)}`;
    const docs = [
      article('Yen falls', 'The japanese yen fell against the dollar.'),
      article('Trade figures', 'Japanese exporters gained.'),
      ...Array.from({ length: 26 * 60 }, (_, i) => article(`Doc ${i}`, `${wordOf(i)} common`)),
    ];
    const search = searcher(docs);
    expect(search.partCount).toBeGreaterThan(2);
    for (const typed of ['japen', 'japene', 'japenes']) {
      expect((await search(typed)).map((h) => h.doc).sort()).toEqual([0, 1]);
      expect((await search.engine.search(typed)).terms).toContain('japanese');
    }
    expect(new Set(search.fetchedParts).size).toBe(1);
    // A finished word is not completed: "japen " is not a word of the archive.
    expect(await search('japen ')).not.toContainEqual(expect.objectContaining({ doc: 0 }));
  });

  it("scores every posting by BM25 from the article's counted terms, for any archive", () => {
    // BM25 as the index defines it (k1 1.2, b 0.75), a title word counting TITLE_WEIGHT times,
    // worked out here article by article and term by term, the plainest way.
    const K1 = 1.2;
    const B = 0.75;
    const word = fc.constantFrom('oil', 'yen', 'bank', 'gold', 'wheat', 'rate', 'tokyo', 'é');
    const articleOf = fc.record({
      title: fc.array(word, { maxLength: 5 }),
      body: fc.uniqueArray(word, { maxLength: 6 }),
      // Now and then a count past what two bytes hold, which the index then keeps in four.
      counts: fc.array(
        fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 65_530, max: 70_000 }) }),
        {
          minLength: 6,
          maxLength: 6,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(articleOf, { minLength: 1, maxLength: 12 }), fc.integer({ min: 20, max: 400 }), (drawn, budget) => {
        const terms: ArticleTerms[] = drawn.map(({ title, body, counts }) => ({ title, body: body.join(' '), counts: counts.slice(0, body.length) }));
        const { directory, parts, shards } = buildSearchIndex(terms, budget);
        const vocabulary = parts.flatMap((part) => decodeTerms(part.terms));
        const lengths = terms.map(({ title, counts }) => title.length * TITLE_WEIGHT + counts.reduce((sum, n) => sum + n, 0));
        const average = lengths.reduce((sum, n) => sum + n, 0) / terms.length;
        const postings = shards.flat().map((text) => [...decodePostings(text)]);
        expect(directory.shardTerms.reduce((sum, n) => sum + n, 0)).toBe(vocabulary.length);
        expect(postings).toHaveLength(vocabulary.length);
        vocabulary.forEach((term, t) => {
          const having = terms.flatMap(({ title, body, counts }, doc) => {
            const inBody = body ? body.split(' ').indexOf(term) : -1;
            const inTitle = title.filter((w) => w === term).length;
            if (inBody < 0 && inTitle === 0) return [];
            const tf = inTitle * TITLE_WEIGHT + (inBody < 0 ? 0 : counts[inBody]!);
            const slot = inTitle === 0 ? 0 : Math.min(title.indexOf(term) + 1, TITLE_SLOTS - 1);
            return [{ doc, tf, slot }];
          });
          const idf = inverseDocumentFrequency(terms.length, having.length);
          const expected = having.flatMap(({ doc, tf, slot }, i) => {
            const score = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]!) / average));
            return [doc - (i === 0 ? 0 : having[i - 1]!.doc), Math.max(1, Math.round(score * SCORE_SCALE)) * TITLE_SLOTS + slot];
          });
          expect(postings[t]).toEqual(expected);
          expect(parts.flatMap((part) => part.df)[t]).toBe(having.length);
        });
      }),
    );
  });

  it('writes any postings as a string and reads them back, in at most one character per five bits', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(), fc.maxSafeNat())), (flat) => {
        const text = encodePostings(flat);
        expect([...decodePostings(text)]).toEqual(flat);
        expect(text).toMatch(/^[\w-]*$/);
        const bits = flat.reduce((sum, n) => sum + Math.max(1, Math.ceil(Math.log2(n + 1))), 0);
        expect(text.length).toBeLessThanOrEqual(flat.reduce((sum, n) => sum + Math.max(1, Math.ceil(Math.log2(n + 1) / 5)), 0));
        expect(text.length * 5).toBeGreaterThanOrEqual(bits);
      }),
    );
    expect(encodePostings([0, 31, 32, 1023])).toBe('AfhA_f');
    expect(() => decodePostings('A*')).toThrow(/"\*" at 1 is not a digit/);
    expect(() => decodePostings('Ag')).toThrow(/cut off/);
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
