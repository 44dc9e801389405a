// Arabic writes the definite article and several particles as part of the word: الجفاف is
// "the drought", وال… "and the …", بال… "with the …". A reader searching for جفاف means
// الجفاف as well, so the index and the query both see through these prefixes.

// The article and its combinations with a particle, longest first: stripped when at least
// three letters remain (no Arabic word is shorter), so اللعب → لعب and الم stays.
const ARTICLES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
// One-letter particles (and, so, with, like, for): stripped only when four letters remain,
// because many three- and four-letter words begin with these letters themselves (وقت,
// بيت, وزير), and stripping those would find unrelated words.
const PARTICLES = ['و', 'ف', 'ب', 'ك', 'ل'];
const MIN_AFTER_ARTICLE = 3;
const MIN_AFTER_PARTICLE = 4;

/** One prefix off the front of a term, or null when none can come off. */
function stripOnce(term: string): string | null {
  // Letters, not UTF-16 units: every Arabic letter is one unit, so length counts letters.
  for (const article of ARTICLES) if (term.startsWith(article) && term.length - article.length >= MIN_AFTER_ARTICLE) return term.slice(article.length);
  for (const particle of PARTICLES) if (term.startsWith(particle) && term.length - 1 >= MIN_AFTER_PARTICLE) return term.slice(1);
  return null;
}

/**
 * A search term without its Arabic definite article and one-letter particles (وال، بال،
 * فال، كال، لل، ال، و، ف، ب، ك، ل), so الجفاف and وجفاف are both found as جفاف. Prefixes come
 * off until none can (the result is the same whichever form was typed, and folding it again
 * changes nothing); never down to a stem of two letters. Other terms are returned as they are.
 */
export function seeThroughArabicPrefix(term: string): string {
  let current = term;
  for (let next = stripOnce(current); next !== null; next = stripOnce(current)) current = next;
  return current;
}
