import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../src/content/search/article-terms.ts';
import { createSearchEngine } from '../../../../src/content/search/search-engine.ts';
import { buildSearchIndex } from '../../../../src/content/search/search-index.ts';
import { rewriteQuery } from '../../../../src/content/search/query-readings.ts';
import { testArticle } from '../test-article.ts';

const article = (n: number, text: string) => testArticle(`Article ${n}`, text, { id: `a${n}`, order: n });

// "blair" is two edits from "blare", "blame" one; "blame" is the commoner word on its own,
// but "blair" occurs with "tony" 60 times, "blame" once.
const corpus = [
  ...Array.from({ length: 60 }, (_, i) => article(i, `Tony Blair spoke in the Commons about the budget, day ${i}.`)),
  ...Array.from({ length: 100 }, (_, i) => article(100 + i, `Ministers took the blame for the late trains, week ${i}.`)),
  article(200, 'Tony took the blame for the draw.'),
  article(201, 'A blare of trumpets opened the show.'),
  // "xyhy" is two edits from "xyzzy", and held with "oil" by one article only.
  article(202, 'Oil futures closed higher, said the XYHY desk.'),
  article(203, 'Oil and gas output rose in the north sea.'),
];

const engine = () => {
  const { directory, parts, shards } = buildSearchIndex(corpus.map(articleTerms));
  return createSearchEngine(
    directory,
    async (p) => parts[p]!,
    async (s) => shards[s]!,
  );
};

describe('reading a word in the light of the others', () => {
  it('corrects a word to the reading that occurs with the other words, though another is closer and commoner', async () => {
    const found = await engine().search('tony blaer ');
    expect(found.corrected).toBe('tony blair');
    expect(found.total).toBe(60);
    expect(found.terms).toEqual(['tony', 'blair']);
  });

  it('corrects a word with no reading within its usual edits when the other words vouch for one two edits away', async () => {
    const found = await engine().search('tony blare', 10, {});
    // "blare" is in the vocabulary (one article), but never with "tony"; "blame" is with it once.
    expect(found.corrected).toBe('tony blair');
    expect(found.total).toBe(60);
  });

  it('finds nothing for a word of gibberish whose only reading two edits away one article holds with the other words', async () => {
    const found = await engine().search('oil xyzzy', 10, {});
    expect(found.total).toBe(0);
    expect(found.corrected).toBeNull();
    // Two articles vouching for it are a correction again.
    const vouched = await engine().search('tony blare', 10, {});
    expect(vouched.corrected).toBe('tony blair');
  });

  it('reads a one-word typo as its likeliest reading, and says so', async () => {
    const found = await engine().search('blamr ');
    expect(found.corrected).toBe('blame');
    expect(found.terms).toEqual(['blame']);
  });

  it('says nothing when the words are searched as typed or completed', async () => {
    expect((await engine().search('tony blair')).corrected).toBeNull();
    expect((await engine().search('tony bl')).corrected).toBeNull();
  });

  it('searches exactly the words typed when asked to', async () => {
    const found = await engine().search('tony blare', 10, { exact: true });
    expect(found.corrected).toBeNull();
    // No article has both: as for any query, those with either word.
    expect(found.terms).toEqual(['tony', 'blare']);
    expect((await engine().search('blare', 10, { exact: true })).total).toBe(1);
    expect((await engine().search('blar', 10, { exact: true })).total).toBe(0);
  });
});

describe('rewriteQuery', () => {
  it('replaces corrected words in the case they were typed, keeping the rest', () => {
    const corrections = new Map([['blare', 'blair']]);
    expect(rewriteQuery('Tony Blare', corrections)).toBe('Tony Blair');
    expect(rewriteQuery('TONY BLARE!', corrections)).toBe('TONY BLAIR!');
    expect(rewriteQuery(' tony  blare ', corrections)).toBe('tony  blair');
  });

  it('replaces a run of an unspaced script corrected whole, and a word of it corrected alone', () => {
    expect(rewriteQuery('ガソリソ価格', new Map([['ガソリソ価格', 'ガソリン価格']]))).toBe('ガソリン価格');
    expect(rewriteQuery('東京都庁 ガソリソ', new Map([['ガソリソ', 'ガソリン']]))).toBe('東京都庁 ガソリン');
  });

  it('finds a Japanese word typed with a slip, and names the word it found', async () => {
    const docs = [
      testArticle('ガソリン価格、3週連続で上昇', 'レギュラーガソリンの全国平均小売価格は上昇した。'),
      testArticle('台風が接近', '九州に台風が接近している。'),
    ];
    const { directory, parts, shards } = buildSearchIndex(docs.map(articleTerms));
    const japanese = createSearchEngine(
      directory,
      async (p) => parts[p]!,
      async (s) => shards[s]!,
    );
    const result = await japanese.search('ガソリソ');
    expect(result.hits.map((hit) => hit.doc)).toEqual([0]);
    expect(result.corrected).toBe('ガソリン');
  });
});
