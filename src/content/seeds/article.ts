/**
 * A block of an article body: running text, a section heading, or a list of short lines
 * (fixtures, line-ups, results), whose `text` holds the items one a line; from a Markdown
 * seed also a quotation or code. `text` is always the block's whole plain text, the one
 * search, excerpts and search marks read.
 */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list' | 'quote' | 'code' | 'image';
  text: string;
  /** Markdown: the text with its emphasis, code and links, where it has any; its plain text is `text`. */
  inlines?: Inline[];
  /** A Markdown list's items; their plain texts, one a line, are `text`. */
  items?: Inline[][];
  /** A Markdown list that is numbered, and its first number when that is not 1. */
  ordered?: boolean;
  start?: number;
  /**
   * A Markdown list with lists inside it: each item's depth (0 for the list's own items) and
   * whether the list holding it is numbered. Absent when no item is nested, as in most lists.
   */
  levels?: ListLevel[];
  /** A Markdown heading's rank, 2 to 4 (the title is the page's only rank 1). */
  level?: number;
  /** A Markdown image standing as a paragraph of its own: an `image` block, whose `text` is empty. */
  image?: Picture;
}

/**
 * An image of an article. The parser gives its alt text, caption and where its file is; the
 * build reads the file and replaces `source` and `line` with the content hash naming the files
 * it wrote (`content/seeds/images.ts`), its size once turned upright, and the widths written.
 */
export interface Picture {
  /** What the image shows, for those who cannot see it: always given. */
  alt: string;
  caption?: string;
  credit?: string;
  /** The file as the seed names it, resolved: a path in the seed folder, or `/x.jpg` for `public/x.jpg`. Until the build resolves it. */
  source?: string;
  /** The seed line that names it, for the build's messages. Until the build resolves it. */
  line?: number;
  hash?: string;
  width?: number;
  height?: number;
  widths?: number[];
}

/** Where an item of a Markdown list sits: how deep in lists inside lists, and whether its list is numbered. */
export type ListLevel = [depth: number, ordered: boolean];

/** Text inside a Markdown block, as data: rendered as elements and text nodes, never as markup. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'emphasis' | 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

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
  /** The lead image (front matter `image:`), shown above the text and in the page's head. */
  image?: Picture;
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
