import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../../src/node/read-seed-folder.ts';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import { createSearchEngine } from '../../../src/content/search/search-engine.ts';
import { buildSearchIndex } from '../../../src/content/search/search-index.ts';
import { judge, LANGUAGE_CORPORA, probesFor } from '../../bench/probes.ts';

describe.each(Object.entries(LANGUAGE_CORPORA))('search quality in %s (tests/fixtures/%s)', (name, folder) => {
  const { articles, problems } = readSeedFolder(fileURLToPath(new URL(`../../fixtures/${folder}`, import.meta.url)));
  const { directory, parts, shards } = buildSearchIndex(articles.map(articleTerms));
  const engine = createSearchEngine(
    directory,
    async (part) => parts[part]!,
    async (shard) => shards[shard]!,
  );

  it('reads every seed of the fixture', () => {
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(probesFor(name))('finds what a reader means by $query ($kind)', async (probe) => {
    const top = (await engine.search(probe.query)).hits.slice(0, 5).map((hit) => articles[hit.doc]!);
    expect(judge(probe, top), top.map((article) => article.title).join(' | ') || '(nothing)').toBe(true);
  });
});
