// The query set of the search benchmark, with what each query is meant to find.

export type QueryClass = 'exact' | 'typo' | 'multi-word' | 'prefix' | 'non-ASCII' | 'no-hit' | 'title';

/** A query and what a reader means by it. */
export interface Probe {
  query: string;
  kind: QueryClass;
  /**
   * What each of the top five results should contain: a word (a term of the text), a
   * phrase (adjacent terms), terms starting with a prefix, or (for `title`) the title of
   * the result that must come first. `none` means the query must find nothing.
   */
  expect: { word: string } | { phrase: string } | { prefix: string } | { title: string } | 'none';
}

const reuters: Probe[] = [
  { query: 'oil', kind: 'exact', expect: { word: 'oil' } },
  { query: 'bundesbank', kind: 'exact', expect: { word: 'bundesbank' } },
  { query: 'cocoa', kind: 'exact', expect: { word: 'cocoa' } },
  { query: 'shareholders', kind: 'exact', expect: { word: 'shareholders' } },
  { query: 'goverment', kind: 'typo', expect: { word: 'government' } },
  { query: 'bundesbnak', kind: 'typo', expect: { word: 'bundesbank' } },
  { query: 'ecomomy', kind: 'typo', expect: { word: 'economy' } },
  { query: 'petrolium', kind: 'typo', expect: { word: 'petroleum' } },
  { query: 'finanical', kind: 'typo', expect: { word: 'financial' } },
  { query: 'intrest rates', kind: 'typo', expect: { phrase: 'interest rates' } },
  { query: 'oil prices', kind: 'multi-word', expect: { phrase: 'oil prices' } },
  { query: 'trade deficit', kind: 'multi-word', expect: { phrase: 'trade deficit' } },
  { query: 'stock exchange', kind: 'multi-word', expect: { phrase: 'stock exchange' } },
  { query: 'crude oil output', kind: 'multi-word', expect: { phrase: 'crude oil' } },
  { query: 'econ', kind: 'prefix', expect: { prefix: 'econ' } },
  { query: 'refin', kind: 'prefix', expect: { prefix: 'refin' } },
  { query: 'petro', kind: 'prefix', expect: { prefix: 'petro' } },
  { query: 'bundesb', kind: 'prefix', expect: { prefix: 'bundesb' } },
  { query: 'zürich', kind: 'non-ASCII', expect: { word: 'zurich' } },
  { query: 'société générale', kind: 'non-ASCII', expect: { phrase: 'societe generale' } },
  { query: 'são paulo', kind: 'non-ASCII', expect: { phrase: 'sao paulo' } },
  { query: 'xyzzy', kind: 'no-hit', expect: 'none' },
  { query: 'qwertyuiop', kind: 'no-hit', expect: 'none' },
  { query: 'oil xyzzy', kind: 'no-hit', expect: 'none' },
  { query: 'Bahia Cocoa Review', kind: 'title', expect: { title: 'Bahia Cocoa Review' } },
  { query: 'opec output', kind: 'multi-word', expect: { phrase: 'opec output' } },
];

const bbc: Probe[] = [
  { query: 'chelsea', kind: 'exact', expect: { word: 'chelsea' } },
  { query: 'broadband', kind: 'exact', expect: { word: 'broadband' } },
  { query: 'blair', kind: 'exact', expect: { word: 'blair' } },
  { query: 'chelsae', kind: 'typo', expect: { word: 'chelsea' } },
  { query: 'elecion', kind: 'typo', expect: { word: 'election' } },
  { query: 'footbal', kind: 'typo', expect: { word: 'football' } },
  { query: 'goverment', kind: 'typo', expect: { word: 'government' } },
  // Two edits from "blair", one from "blame": only the other word tells them apart.
  { query: 'tony blare', kind: 'typo', expect: { phrase: 'tony blair' } },
  { query: 'mobile phone', kind: 'multi-word', expect: { phrase: 'mobile phone' } },
  { query: 'prime minister', kind: 'multi-word', expect: { phrase: 'prime minister' } },
  { query: 'general election', kind: 'multi-word', expect: { phrase: 'general election' } },
  { query: 'elect', kind: 'prefix', expect: { prefix: 'elect' } },
  { query: 'broadb', kind: 'prefix', expect: { prefix: 'broadb' } },
  { query: 'champ', kind: 'prefix', expect: { prefix: 'champ' } },
  { query: 'zürich', kind: 'non-ASCII', expect: { word: 'zurich' } },
  { query: 'xyzzy', kind: 'no-hit', expect: 'none' },
  { query: 'Ad sales boost Time Warner profit', kind: 'title', expect: { title: 'Ad sales boost Time Warner profit' } },
  { query: 'Chelsea sack Mutu', kind: 'title', expect: { title: 'Chelsea sack Mutu' } },
];

/** The probes for a corpus: its own, or both sets for a corpus generated from both. */
export function probesFor(corpus: string): Probe[] {
  if (corpus === 'bbc') return bbc;
  if (corpus === 'reuters') return reuters;
  const seen = new Set<string>();
  return [...reuters, ...bbc].filter((p) => !seen.has(p.query) && seen.add(p.query));
}
