// "Related articles", chosen at build time from the text alone: two articles are related
// when they share words that are rare in the archive (a name, a place, a subject), weighed
// as tf-idf vectors of each article's most telling words and compared by cosine.
import { numberTerms, type ArticleTerms, type NumberedTerms } from '../search/article-terms.ts';

/** How many of an article's most telling words it is compared by. */
const TERMS_PER_ARTICLE = 24;
/** Words in more than this share of the archive say little about a subject. */
const MAX_SHARE = 0.05;
/** Of the articles sharing a word, the ones it weighs most in; bounds the build's time on common words. */
const ARTICLES_PER_TERM = 100;
/** Below this similarity, two articles are not offered as related. */
const MIN_SIMILARITY = 0.05;

/**
 * For each article (by position), the positions of up to `count` others most like it, most
 * alike first; ties go to the article that comes first in `articles` (the newer, in the
 * archive's order). The title's words count twice.
 */
export function relatedArticles(articles: readonly ArticleTerms[] | NumberedTerms, count = 3): number[][] {
  const { words, titles, bodies, counts: bodyCounts } = 'words' in articles ? articles : numberTerms(articles);
  const n = titles.length;
  const telling = words.map((term) => term.length > 2 && !/^\d+$/.test(term));
  const df = new Array<number>(words.length).fill(0);
  // Each article's telling terms with their counts, a title's counting twice.
  const lastDoc = new Array<number>(words.length).fill(-1);
  const slot = new Array<number>(words.length).fill(0);
  const docTerms: number[][] = [];
  const docCounts: number[][] = [];
  titles.forEach((title, doc) => {
    const ids: number[] = [];
    const counts: number[] = [];
    const add = (id: number, f: number) => {
      if (!telling[id]) return;
      if (lastDoc[id] === doc) {
        counts[slot[id]!]! += f;
        return;
      }
      lastDoc[id] = doc;
      slot[id] = ids.length;
      ids.push(id);
      counts.push(f);
      df[id]!++;
    };
    for (const id of title) add(id, 2);
    bodies[doc]!.forEach((id, i) => add(id, bodyCounts[doc]![i]!));
    docTerms.push(ids);
    docCounts.push(counts);
  });
  const maxDf = Math.max(2, Math.floor(n * MAX_SHARE));

  // Each article's most telling words, weighted and normalised to unit length.
  const vectors = docTerms.map((ids, doc) => {
    const weighted: [number, number][] = [];
    ids.forEach((id, i) => {
      const d = df[id]!;
      if (d >= 2 && d <= maxDf) weighted.push([id, (1 + Math.log(docCounts[doc]![i]!)) * Math.log(n / d)]);
    });
    weighted.sort((a, b) => b[1] - a[1] || (words[a[0]]! < words[b[0]]! ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const length = Math.hypot(...top.map(([, w]) => w)) || 1;
    return top.map(([id, w]) => [id, w / length] as const);
  });
  const postings: { docs: number[]; weights: number[] }[] = [];
  vectors.forEach((vector, doc) => {
    for (const [id, w] of vector) {
      const list = (postings[id] ??= { docs: [], weights: [] });
      list.docs.push(doc);
      list.weights.push(w);
    }
  });
  for (const list of postings) {
    if (!list || list.docs.length <= ARTICLES_PER_TERM) continue;
    const order = list.docs
      .map((_, i) => i)
      .sort((a, b) => list.weights[b]! - list.weights[a]! || a - b)
      .slice(0, ARTICLES_PER_TERM);
    list.docs = order.map((i) => list.docs[i]!);
    list.weights = order.map((i) => list.weights[i]!);
  }

  const scores = new Float64Array(n);
  return vectors.map((vector, doc) => {
    const touched: number[] = [];
    for (const [term, w] of vector) {
      const { docs, weights } = postings[term]!;
      for (let i = 0; i < docs.length; i++) {
        const other = docs[i]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * weights[i]!;
      }
    }
    // The best `count`, kept in order as they are found: sorting every article that shares
    // a word (often a thousand) for each of tens of thousands of articles took most of the build's time.
    const best: number[] = [];
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    for (const other of touched) {
      if (scores[other]! < MIN_SIMILARITY) continue;
      let at = best.length;
      while (at > 0 && before(other, best[at - 1]!)) at--;
      if (at < count) {
        best.splice(at, 0, other);
        if (best.length > count) best.pop();
      }
    }
    for (const other of touched) scores[other] = 0;
    return best;
  });
}
