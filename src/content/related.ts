// "Related articles", chosen at build time from the text alone: two articles are related
// when they share words that are rare in the archive (a name, a place, a subject), weighed
// as tf-idf vectors of each article's most telling words and compared by cosine.
import { forEachBodyTerm, type ArticleTerms } from './article-terms.ts';

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
export function relatedArticles(articles: readonly ArticleTerms[], count = 3): number[][] {
  const n = articles.length;
  const telling = (term: string) => term.length > 2 && !/^\d+$/.test(term);
  const counts = articles.map((article) => {
    const tf = new Map<string, number>();
    for (const term of article.title) if (telling(term)) tf.set(term, (tf.get(term) ?? 0) + 2);
    forEachBodyTerm(article, (term, f) => {
      if (telling(term)) tf.set(term, (tf.get(term) ?? 0) + f);
    });
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(n * MAX_SHARE));

  // Each article's most telling words, weighted and normalised to unit length.
  const vectors = counts.map((tf) => {
    const weighted: [string, number][] = [];
    for (const [term, f] of tf) {
      const d = df.get(term)!;
      if (d < 2 || d > maxDf) continue;
      weighted.push([term, (1 + Math.log(f)) * Math.log(n / d)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const length = Math.hypot(...top.map(([, w]) => w)) || 1;
    return top.map(([term, w]) => [term, w / length] as const);
  });
  const postings = new Map<string, { docs: number[]; weights: number[] }>();
  vectors.forEach((vector, doc) => {
    for (const [term, w] of vector) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(w);
    }
  });
  for (const list of postings.values()) {
    if (list.docs.length <= ARTICLES_PER_TERM) continue;
    const order = list.docs.map((_, i) => i).sort((a, b) => list.weights[b]! - list.weights[a]! || a - b).slice(0, ARTICLES_PER_TERM);
    list.docs = order.map((i) => list.docs[i]!);
    list.weights = order.map((i) => list.weights[i]!);
  }

  const scores = new Float64Array(n);
  return vectors.map((vector, doc) => {
    const touched: number[] = [];
    for (const [term, w] of vector) {
      const { docs, weights } = postings.get(term)!;
      for (let i = 0; i < docs.length; i++) {
        const other = docs[i]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * weights[i]!;
      }
    }
    const ranked = touched.filter((other) => scores[other]! >= MIN_SIMILARITY).sort((a, b) => scores[b]! - scores[a]! || a - b);
    for (const other of touched) scores[other] = 0;
    return ranked.slice(0, count);
  });
}
