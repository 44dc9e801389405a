import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../src/content/search/article-terms.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';
import { createSearchEngine } from '../../../../src/content/search/search-engine.ts';
import { buildSearchIndex } from '../../../../src/content/search/search-index.ts';
import { highlight } from '../../../../src/content/search/snippet.ts';
import { terms } from '../../../../src/content/search/tokenize.ts';

// Seeds are shown with typographic apostrophes (didn’t) while readers type straight ones (didn't), and the other way round.
const parse = (id: string, text: string) => {
  const result = parseSeed(`001_${id}.txt`, ` date 2024-01-01 ${text}`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
};
const docs = [
  parse('000000000000000a', 'Owner surprised\n\n"We didn\'t expect this - nobody did," said the owner.'),
  parse('000000000000000b', 'Minister confident\n\nThe minister said it wasn’t over yet.'),
];
const { directory, parts, shards } = buildSearchIndex(docs.map(articleTerms));
const engine = createSearchEngine(
  directory,
  async (part) => parts[part]!,
  async (shard) => shards[shard]!,
);
const found = async (query: string) => (await engine.search(query)).hits.map((hit) => docs[hit.doc]!.title);

describe('search over typographic text', () => {
  it('shows the seed’s straight apostrophe as ’', () => {
    expect(docs[0]!.blocks[0]!.text).toBe('“We didn’t expect this – nobody did,” said the owner.');
  });

  it.each([
    ["didn't", 'Owner surprised'],
    ['didn’t', 'Owner surprised'],
    ["wasn't", 'Minister confident'],
    ['wasn’t', 'Minister confident'],
  ])('finds %s in either form', async (query, title) => {
    expect(await found(query)).toEqual([title]);
  });

  it('marks the typographic word for a straight query', () => {
    expect(highlight(docs[0]!.blocks[0]!.text, new Set(terms("didn't"))).filter((s) => s.match)).toEqual([{ text: 'didn’t', match: true }]);
  });
});
