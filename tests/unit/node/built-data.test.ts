import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildArchiveFiles } from '../../../src/content/archive/model.ts';
import { relatedArticles } from '../../../src/content/archive/related.ts';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import { buildData } from '../../../src/node/built-data.ts';
import { testArticle } from '../content/test-article.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('buildData', () => {
  const words = ['grain', 'wheat', 'yen', 'bank', 'rates', 'crude', 'oil', 'tokyo'];
  const articles = Array.from({ length: 30 }, (_, i) =>
    testArticle(`${words[i % 8]} report ${i}`, `A “report” on ${words[i % 8]} and ${words[(i * 3) % 8]}, number ${i}.`, {
      date: `2020-01-${String(30 - i).padStart(2, '0')}`,
    }),
  );

  it("makes an article's or a list chunk's file each time it is asked for, the same text its hash was taken of", () => {
    const { files, hashes, manifest } = buildData({ articles }, 7);
    const reference = buildArchiveFiles(articles, relatedArticles(articles.map(articleTerms)), 7);
    expect(files.size).toBe(hashes.size);
    for (const path of files.paths()) expect(sha256(files.get(path)!), path).toBe(hashes.get(path));
    for (const [path, text] of reference) {
      expect(files.get(path), path).toBe(text);
      const content = files.content(path);
      // Articles' and the list's files are not held as text, but made when written.
      expect(typeof content, path).toBe(/^(articles|list)\//.test(path) ? 'function' : 'string');
    }
    expect([...files].map(([path]) => path).sort()).toEqual(files.paths().sort());
    // What "save all" downloads: lists, articles and the search files but the head files.
    const offline = [...files]
      .filter(([path]) => /^(articles|list|search\/(?!heads\/))/.test(path))
      .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
    expect(manifest.offlineBytes).toBe(offline);
  });
});
