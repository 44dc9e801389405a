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
  // An article's telling terms with their counts, a title's counting twice, gathered into
  // arrays reused for each article: held for every article at once, they took 490 MB at
  // 250,000 articles. They are gathered twice, for the terms' document counts, then for the
  // articles' vectors.
  const ids: number[] = [];
  const counts: number[] = [];
  // The stamp of the article a term was last gathered for, and where its count is.
  const gatheredFor = new Int32Array(words.length);
  const slot = new Uint32Array(words.length);
  const gather = (doc: number, stamp: number) => {
    ids.length = 0;
    counts.length = 0;
    const add = (id: number, f: number) => {
      if (!telling[id]) return;
      if (gatheredFor[id] === stamp) {
        counts[slot[id]!]! += f;
        return;
      }
      gatheredFor[id] = stamp;
      slot[id] = ids.length;
      ids.push(id);
      counts.push(f);
    };
    for (const id of titles.at(doc)) add(id, 2);
    const body = bodies.at(doc);
    const bodyCount = bodyCounts.at(doc);
    for (let i = 0; i < body.length; i++) add(body[i]!, bodyCount[i]!);
  };
  const df = new Uint32Array(words.length);
  // Stamps 1 .. n, then n + 1 .. 2n: each pass's articles are told apart from the other's.
  for (let doc = 0; doc < n; doc++) {
    gather(doc, doc + 1);
    for (const id of ids) df[id]!++;
  }
  const maxDf = Math.max(2, Math.floor(n * MAX_SHARE));

  // Each article's most telling words, weighted and normalised to unit length, all in flat
  // arrays: article `doc` has the terms vectorTerms[vectorStart[doc] .. vectorStart[doc + 1]).
  const idf = Array.from(df, (d) => (d >= 2 && d <= maxDf ? Math.log(n / d) : 0));
  const vectorStart = new Int32Array(n + 1);
  const allTerms = new Uint32Array(n * TERMS_PER_ARTICLE);
  const allWeights = new Float64Array(n * TERMS_PER_ARTICLE);
  let used = 0;
  for (let doc = 0; doc < n; doc++) {
    gather(doc, n + doc + 1);
    const weighted: [number, number][] = [];
    ids.forEach((id, i) => {
      if (idf[id]! > 0) weighted.push([id, (1 + Math.log(counts[i]!)) * idf[id]!]);
    });
    weighted.sort((a, b) => b[1] - a[1] || (words[a[0]]! < words[b[0]]! ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const length = Math.hypot(...top.map(([, w]) => w)) || 1;
    for (const [id, w] of top) {
      allTerms[used] = id;
      allWeights[used++] = w / length;
    }
    vectorStart[doc + 1] = used;
  }
  const vectorTerms = allTerms.subarray(0, used);
  const vectorWeights = allWeights.subarray(0, used);

  // Each term's articles, by weight in them, at most ARTICLES_PER_TERM (the same flat layout).
  const { start: postingStart, docs: postingDocs, weights: postingWeights } = postingsOf(words.length, vectorStart, vectorTerms, vectorWeights);

  // Scoring every article against the others touches tens of millions of pairs: typed arrays,
  // and no object per article, keep it to a fraction of a second.
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const related: number[][] = [];
  for (let doc = 0; doc < n; doc++) {
    let reached = 0;
    for (let v = vectorStart[doc]!; v < vectorStart[doc + 1]!; v++) {
      const term = vectorTerms[v]!;
      const w = vectorWeights[v]!;
      for (let p = postingStart[term]!; p < postingStart[term + 1]!; p++) {
        const other = postingDocs[p]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched[reached++] = other;
        scores[other]! += w * postingWeights[p]!;
      }
    }
    // The best `count`, kept in order as they are found: sorting every article that shares
    // a word (often a thousand) for each of tens of thousands of articles took most of the build's time.
    const best: number[] = [];
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    for (let t = 0; t < reached; t++) {
      const other = touched[t]!;
      const score = scores[other]!;
      if (score < MIN_SIMILARITY) continue;
      // Most fall short of the worst kept: a comparison inline, no call.
      if (best.length === count) {
        const worst = scores[best[count - 1]!]!;
        if (score < worst || (score === worst && other > best[count - 1]!)) continue;
      }
      let at = best.length;
      while (at > 0 && before(other, best[at - 1]!)) at--;
      if (at < count) {
        best.splice(at, 0, other);
        if (best.length > count) best.pop();
      }
    }
    for (let t = 0; t < reached; t++) scores[touched[t]!] = 0;
    related.push(best);
  }
  return related;
}

/**
 * The articles each term is among the telling words of, in article order, with its weight
 * in each; a term in more than ARTICLES_PER_TERM keeps the ones it weighs most in (ties to
 * the earlier article). Term `t`'s are docs[start[t] .. start[t + 1]).
 */
function postingsOf(termCount: number, vectorStart: Int32Array, vectorTerms: Uint32Array, vectorWeights: Float64Array) {
  const all = new Int32Array(termCount + 1);
  for (const term of vectorTerms) all[term + 1]!++;
  for (let t = 0; t < termCount; t++) all[t + 1]! += all[t]!;
  const allDocs = new Int32Array(vectorTerms.length);
  const allWeights = new Float64Array(vectorTerms.length);
  const fill = all.slice(0, termCount);
  for (let doc = 0; doc + 1 < vectorStart.length; doc++)
    for (let v = vectorStart[doc]!; v < vectorStart[doc + 1]!; v++) {
      const at = fill[vectorTerms[v]!]!++;
      allDocs[at] = doc;
      allWeights[at] = vectorWeights[v]!;
    }
  const start = new Int32Array(termCount + 1);
  const docs = new Int32Array(vectorTerms.length);
  const weights = new Float64Array(vectorTerms.length);
  let kept = 0;
  for (let t = 0; t < termCount; t++) {
    const from = all[t]!;
    const size = all[t + 1]! - from;
    const order = Array.from({ length: size }, (_, i) => from + i);
    if (size > ARTICLES_PER_TERM) order.sort((a, b) => allWeights[b]! - allWeights[a]! || a - b).length = ARTICLES_PER_TERM;
    for (const i of order) {
      docs[kept] = allDocs[i]!;
      weights[kept++] = allWeights[i]!;
    }
    start[t + 1] = kept;
  }
  return { start, docs, weights };
}
