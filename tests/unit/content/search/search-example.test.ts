import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../../src/content/search/article-terms.ts';
import { createSearchEngine } from '../../../../src/content/search/search-engine.ts';
import { searchExample } from '../../../../src/content/search/search-example.ts';
import { buildSearchIndex } from '../../../../src/content/search/search-index.ts';
import { testArticle } from '../test-article.ts';

const article = (title: string, text: string) => testArticle(title, text);

const archive = [
  article('Harbour plans approved by Tolworth council', 'The council approved the harbour plans.'),
  article('Storm closes Tolworth harbour', 'A storm closed the harbour at Tolworth.'),
  article('Tolworth’s festival returns', 'The festival returns to Tolworth this summer.'),
  article('Council elections', 'Elections to the council are held in May.'),
];
const index = buildSearchIndex(archive.map(articleTerms));

describe('searchExample', () => {
  it('takes a name the archive’s titles use most, misspelled as a typist would, as titles write it', () => {
    expect(
      searchExample(
        archive.map((a) => a.title),
        index,
      ),
    ).toEqual({ typo: 'tolwroth', word: 'Tolworth' });
  });

  it('gives an example the search really corrects to the word', async () => {
    const example = searchExample(
      archive.map((a) => a.title),
      index,
    )!;
    const engine = createSearchEngine(
      index.directory,
      async (p) => index.parts[p]!,
      async (s) => index.shards[s]!,
    );
    const found = await engine.search(`${example.typo} `);
    expect(found.corrected).toBe('tolworth');
    expect(found.total).toBe(3);
  });

  it('is the same for the same archive, and null when no word qualifies', () => {
    expect(
      searchExample(
        archive.map((a) => a.title),
        buildSearchIndex(archive.map(articleTerms)),
      ),
    ).toEqual(
      searchExample(
        archive.map((a) => a.title),
        index,
      ),
    );
    const tiny = [article('Cat', 'A cat sat.')];
    expect(searchExample(['Cat'], buildSearchIndex(tiny.map(articleTerms)))).toBeNull();
  });
});
