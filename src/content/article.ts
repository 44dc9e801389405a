/**
 * A block of an article body: running text, a section heading, or a list of short lines
 * (fixtures, line-ups, results), whose `text` holds the items one a line.
 */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list';
  text: string;
}

/** What the list, search results and navigation need to know about an article. */
export interface ArticleSummary {
  /** The 16-hex id (from the file name, the front matter or the path): the article's stable identity in URLs. */
  id: string;
  /** The order number of a file named `NNN_<id>`, as a number; absent for other names. */
  order?: number;
  /** The file the article came from, for messages. */
  file: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date: string;
  title: string;
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
  author?: string;
  source?: string;
  tags: string[];
  /** The sections the front matter names (`section`, `sections`), for section pages to come. */
  sections?: string[];
}

/** A whole article as the reader shows it. */
export interface Article extends ArticleSummary {
  blocks: Block[];
}

/** One thing wrong (or doubtful) about a seed file. */
export interface SeedProblem {
  severity: 'error' | 'warning';
  /** File name relative to the seed folder. */
  file: string;
  /** 1-based line number in the file, where the problem has one. */
  line?: number;
  /** What is wrong and what to do about it. */
  message: string;
}
