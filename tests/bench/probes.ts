// The query set of the search benchmark, with what each query is meant to find, and the
// probes in German, Japanese and Arabic that the unit tests run over small fixture corpora.
import type { Article } from '../../src/content/seeds/article.ts';
import { terms } from '../../src/content/search/tokenize.ts';

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

// tests/fixtures/german-seeds: umlauts and ß typed plainly, or as ue/ss.
const german: Probe[] = [
  { query: 'Bürgermeister', kind: 'exact', expect: { word: 'burgermeister' } },
  { query: 'Hochwasser', kind: 'exact', expect: { word: 'hochwasser' } },
  { query: 'Burgermeister', kind: 'non-ASCII', expect: { word: 'burgermeister' } },
  { query: 'Zurich', kind: 'non-ASCII', expect: { word: 'zurich' } },
  { query: 'Strassenbahnlinie', kind: 'non-ASCII', expect: { word: 'strassenbahnlinie' } },
  { query: 'Arzte', kind: 'non-ASCII', expect: { word: 'arzte' } },
  // Spelled as a German keyboard without umlauts writes it: one edit from the folded word.
  { query: 'Buergermeister', kind: 'typo', expect: { word: 'burgermeister' } },
  { query: 'Bürgermiester', kind: 'typo', expect: { word: 'burgermeister' } },
  { query: 'Gripewelle', kind: 'typo', expect: { word: 'grippewelle' } },
  { query: 'Stadtrat Haushalt', kind: 'multi-word', expect: { word: 'haushalt' } },
  { query: 'Fußb', kind: 'prefix', expect: { prefix: 'fussb' } },
  { query: 'Müllgeb', kind: 'prefix', expect: { prefix: 'mullgeb' } },
  { query: 'xyzzy', kind: 'no-hit', expect: 'none' },
  { query: 'Zürich baut günstige Wohnungen', kind: 'title', expect: { title: 'Zürich baut günstige Wohnungen am Stadtrand' } },
];

// tests/fixtures/japanese-seeds: words inside unspaced sentences.
const japanese: Probe[] = [
  { query: '都庁', kind: 'exact', expect: { word: '都庁' } },
  { query: 'ガソリン', kind: 'exact', expect: { word: 'ガソリン' } },
  { query: '地震', kind: 'exact', expect: { word: '地震' } },
  { query: '記者会見', kind: 'multi-word', expect: { phrase: '記者 会見' } },
  { query: '防災計画', kind: 'multi-word', expect: { phrase: '防災 計画' } },
  { query: '台風 九州', kind: 'multi-word', expect: { word: '台風' } },
  { query: 'ｶﾞｿﾘﾝ', kind: 'non-ASCII', expect: { word: 'ガソリン' } },
  { query: 'ガソ', kind: 'prefix', expect: { prefix: 'ガソ' } },
  { query: 'ラーメン', kind: 'no-hit', expect: 'none' },
  { query: '日銀 政策金利', kind: 'title', expect: { title: '日銀、政策金利の据え置きを決定' } },
];

// tests/fixtures/arabic-search-seeds: the article and particles written onto a word, harakat.
const arabic: Probe[] = [
  { query: 'مدرسة', kind: 'exact', expect: { word: 'مدرسة' } },
  { query: 'المدرسة', kind: 'exact', expect: { word: 'مدرسة' } },
  { query: 'الحكومة', kind: 'exact', expect: { word: 'حكومة' } },
  { query: 'المَدْرَسَة', kind: 'non-ASCII', expect: { word: 'مدرسة' } },
  { query: 'والمستشفى', kind: 'non-ASCII', expect: { word: 'مستشفى' } },
  { query: 'الحكومه', kind: 'typo', expect: { word: 'حكومة' } },
  { query: 'اسعار الوقود', kind: 'multi-word', expect: { phrase: 'اسعار وقود' } },
  { query: 'المستش', kind: 'prefix', expect: { prefix: 'مستش' } },
  { query: 'xyzzy', kind: 'no-hit', expect: 'none' },
  { query: 'مهرجان المسرح', kind: 'title', expect: { title: 'مهرجان المسرح يعود بعد غياب خمس سنوات' } },
];

/** The fixture corpora of the language probes, by name, under tests/fixtures/. */
export const LANGUAGE_CORPORA = { german: 'german-seeds', japanese: 'japanese-seeds', arabic: 'arabic-search-seeds' } as const;

/** The probes for a corpus: its own, or both sets for a corpus generated from both. */
export function probesFor(corpus: string): Probe[] {
  if (corpus === 'bbc') return bbc;
  if (corpus === 'reuters') return reuters;
  if (corpus === 'german') return german;
  if (corpus === 'japanese') return japanese;
  if (corpus === 'arabic') return arabic;
  const seen = new Set<string>();
  return [...reuters, ...bbc].filter((p) => !seen.has(p.query) && seen.add(p.query));
}

function containsExpected(article: Article, expect: Probe['expect']): boolean {
  if (expect === 'none' || 'title' in expect) return true;
  const words = terms([article.title, ...article.blocks.map((b) => b.text)].join(' '));
  if ('word' in expect) return words.includes(expect.word);
  if ('prefix' in expect) return words.some((w) => w.startsWith(expect.prefix));
  return ` ${words.join(' ')} `.includes(` ${expect.phrase} `);
}

/** Whether a probe's results are what its reader meant: 4 of the top 5 contain it, the title comes first, or nothing is found. */
export function judge(probe: Probe, top: readonly Article[]): boolean {
  if (probe.expect === 'none') return top.length === 0;
  if ('title' in probe.expect) return top[0]?.title === probe.expect.title;
  const wanted = Math.min(4, top.length);
  return top.length > 0 && top.slice(0, 5).filter((a) => containsExpected(a, probe.expect)).length >= wanted;
}
