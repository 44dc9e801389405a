// How a build holds the articles it parsed: their text in a file of its own, not in memory.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Block } from '../content/seeds/article.ts';
import type { ParsedSeedFile } from '../content/seeds/collect-seeds.ts';

/** Where a held article's blocks are: their JSON, as UTF-8, at `[start, end)` of its store's file. */
interface Text {
  store: ArticleStore;
  start: number;
  end: number;
}

const TEXT = Symbol('text');
type Held = Omit<Article, 'blocks'> & { [TEXT]: Text };

/**
 * What every held article inherits: its blocks, read back each time they are asked for, and
 * itself whole again for `JSON.stringify` (the seed cache). A getter on one shared
 * prototype: a getter of each article's own took some 580 B more of the heap an article, as
 * V8 gives each such object a shape of its own.
 */
const heldPrototype = {
  get blocks(): Block[] {
    const { store, start, end } = (this as unknown as Held)[TEXT];
    return JSON.parse(store.read(start, end)) as Block[];
  },
  toJSON(): Article {
    return plainArticle(this as unknown as Article);
  },
};

const isHeld = (article: Article) => Object.getPrototypeOf(article) === heldPrototype;

/** A held article as a plain object again, which needs nothing of its store; a plain one as it is. */
export function plainArticle(article: Article): Article {
  return isHeld(article) ? { ...article, blocks: article.blocks } : article;
}

/** What is gathered before it is written to the file: a write per article cost a system call each. */
const PENDING_BYTES = 1024 * 1024;

// A store's file is closed once the store and every article it holds are gone.
const closing = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * The articles of one build as it holds them: each one's blocks written to a file of the
 * store's own as the UTF-8 bytes of their JSON, and read back each time they are asked for
 * (whether it has pictures, its terms when the cache has none, its data file, the feed).
 * Held as objects and strings, the blocks were most of the parsed seeds (~590 MB at 250,000
 * articles: a string with one typographic quote takes two bytes a character, and V8 lets its
 * heap grow by half again over what it holds); in memory as bytes, still 260 MB, alive all
 * through the site's data. What the system keeps of the file in its cache, it can let go.
 * The other fields stay the article's own, in their order, so the data files are written as
 * before; a spread gives those alone (images.ts names the blocks beside one; plainArticle
 * gives the whole article).
 */
export class ArticleStore {
  private fd: number | null = null;
  /** Bytes in the file, then those gathered to be written after them. */
  private written = 0;
  private pending = Buffer.allocUnsafe(0);
  private pendingBytes = 0;
  private scratch = Buffer.allocUnsafe(0);

  /** The article as the store holds it; one held already, as it is. */
  readonly hold = (article: Article): Article => {
    if (isHeld(article)) return article;
    const { blocks, ...rest } = article;
    const held = Object.assign(Object.create(heldPrototype) as object, rest);
    // Not enumerable: neither a spread nor JSON sees it.
    Object.defineProperty(held, TEXT, { value: this.append(JSON.stringify(blocks)) });
    return held as Article;
  };

  /** A parsed seed file with its article held. */
  readonly holdParsed = (parsed: ParsedSeedFile): ParsedSeedFile => (parsed.article ? { ...parsed, article: this.hold(parsed.article) } : parsed);

  /** The text at `[start, end)`. */
  read(start: number, end: number): string {
    if (end > this.written) this.flush();
    const length = end - start;
    // One buffer for every read, grown as needed: most texts are a few kilobytes.
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(length, 2 * this.scratch.length, 64 * 1024));
    for (let at = 0; at < length;) at += readSync(this.fd!, this.scratch, at, length - at, start + at);
    return this.scratch.toString('utf8', 0, length);
  }

  private append(text: string): Text {
    const length = Buffer.byteLength(text);
    if (this.pendingBytes + length > this.pending.length) {
      this.flush();
      if (length > this.pending.length) this.pending = Buffer.allocUnsafe(Math.max(PENDING_BYTES, length));
    }
    const start = this.written + this.pendingBytes;
    this.pendingBytes += this.pending.write(text, this.pendingBytes);
    return { store: this, start, end: start + length };
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.fd ??= this.open();
    for (let at = 0; at < this.pendingBytes;) at += writeSync(this.fd, this.pending, at, this.pendingBytes - at, this.written + at);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  private open(): number {
    const path = join(tmpdir(), `news-archive-articles-${randomUUID()}`);
    const fd = openSync(path, 'wx+');
    closing.register(this, fd);
    // Removed now, it is gone with the last descriptor, however the build ends; where the
    // system will not remove an open file, it goes when the process does.
    try {
      unlinkSync(path);
    } catch {
      process.once('exit', () => rmSync(path, { force: true }));
    }
    return fd;
  }
}
