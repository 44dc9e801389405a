import { describe, expect, it } from 'vitest';
import { dataFolderOf, inDataFolder, pageScripts } from '../../../../src/content/reader/offline.ts';

describe('the build a cached file belongs to', () => {
  it('reads the data folder of a data file, at the root and under a sub-path', () => {
    expect(dataFolderOf('https://example.org/data/8630dec429a8/articles/693449e0a82507a3.json')).toBe('8630dec429a8');
    expect(dataFolderOf('/news/data/0123abc/list/0.json')).toBe('0123abc');
    expect(dataFolderOf('/assets/index-QPYLAQrc.js')).toBeNull();
    expect(dataFolderOf('/articles/data/x.json')).toBeNull();
    // The precache manifest names files relative to the site's root.
    expect(dataFolderOf('data/8630dec429a8/list/0.json')).toBe('8630dec429a8');
    expect(dataFolderOf('metadata/8630dec429a8/list/0.json')).toBeNull();
  });

  it("moves a data file into another build's folder, and nothing else of its address", () => {
    expect(inDataFolder('https://example.org/news/data/aaa111/search/postings/3.json', 'bbb222')).toBe(
      'https://example.org/news/data/bbb222/search/postings/3.json',
    );
  });

  it('lists the scripts a page loads by address, not its inline ones', () => {
    const page = [
      '<script type="module" crossorigin src="/news/assets/index-QPYLAQrc.js"></script>',
      '<script>(function(){var s="src=\\"x.js\\""})()</script>',
      '<script type="application/json" id="router-data">{"src":"/evil.js"}</script>',
      '<script defer src="/a.js?x=1&amp;y=2"></script>',
    ].join('\n');
    expect(pageScripts(page)).toEqual(['/news/assets/index-QPYLAQrc.js', '/a.js?x=1&y=2']);
  });
});
