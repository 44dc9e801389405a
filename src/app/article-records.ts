// Where the articles' records are (content/archive/article-pack.ts), as the links that lead to
// them say, and reading an article's file from its record in the browser.
import type { ArticleAt } from '../content/archive/article-pack.ts';
import { articleFileId, articleRoute, dataFiles, type RouterData } from '../content/contracts.ts';
import { fetchArticleText, placeFromPage } from '../content/reader/article-record.ts';
import { keepText, keptText } from '../content/reader/kept-text.ts';

/** Reads the articles' files of this build's data: `dataUrl` the URL of a data file, `fetchFile` a data file read as it is. */
export function articleRecords(dataUrl: (path: string) => string, fetchFile: (path: string, url: string) => Promise<string | null>) {
  /** Where the records of the articles that links on this page lead to are, by id: read from the list entries, results, articles and pages that name them. */
  const places = new Map<string, ArticleAt>();

  return {
    /** Notes where the records of these entries' articles are, for when they are opened. */
    place(entries: Iterable<{ id: string; at?: ArticleAt }>): void {
      for (const { id, at } of entries) if (at) places.set(id, at);
    },

    /** Notes where a page says the records of its articles' files are (`RouterData.places`). */
    placeFiles(placed: RouterData['places'] = {}): void {
      for (const [file, at] of Object.entries(placed)) {
        const id = articleFileId(file);
        if (id) places.set(id, at);
      }
    },

    /**
     * The article file `path` (of the article `id`), from its record: where the link that led
     * here said it is, or else where its page says (an article opened by id alone, as from
     * the reading log); read from where it was kept first, and kept once read.
     */
    async read(path: string, id: string): Promise<string | null> {
      const url = dataUrl(path);
      const kept = await keptText(url);
      if (kept !== undefined) return kept;
      const place = places.get(id) ?? (await placeFromPage(`${import.meta.env.BASE_URL}${articleRoute(id)}`, path));
      // The dev server prerenders no page to say where the record is, and answers the article's file itself.
      if (!place) return import.meta.env.DEV ? fetchFile(path, url) : null;
      places.set(id, place);
      const text = await fetchArticleText(dataUrl(dataFiles.articlePack(place[0])), place);
      if (text !== null) keepText(url, text);
      return text;
    },
  };
}
