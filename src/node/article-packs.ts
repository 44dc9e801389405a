import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { packCount, packOf, recordLength, writeRecordHead, type ArticleAt } from '../content/archive/article-pack.ts';
import { recordText } from './record-text.ts';
import type { Article } from '../content/seeds/article.ts';
import { TextFile } from './text-file.ts';

/**
 * The articles' records, packed (content/archive/article-pack.ts). Each file is deflated
 * once, as the packs are laid out, and held in a file of the build's own until the packs are
 * made: held in memory, they were ~210 MB at 250,000 articles.
 */
export class ArticlePacks {
  private readonly held = new TextFile('records');
  /** Per article: its deflated file's span in `held`, as start and end. */
  private readonly spans: Float64Array;
  /** Per article: its pack, offset and length (`ArticleAt`). */
  private readonly places: Uint32Array;
  /** Per pack: the positions of its articles, in the order of their records. */
  private readonly members: number[][];
  private positions: Map<string, number> | null = null;

  /**
   * `fileAt(i)` is the text of the file of the article at position `i` (`articleFileText`);
   * `related[i]` its related articles' positions, in the order of that file; `deflate`
   * deflates a file's text (raw, zlib's defaults), or gives the bytes a build before deflated
   * the same text to (deflated-files.ts).
   */
  constructor(
    private readonly articles: readonly Pick<Article, 'id'>[],
    private readonly related: readonly (readonly number[])[],
    fileAt: (position: number) => string,
    deflate: (text: string) => Buffer = deflateRawSync,
  ) {
    const n = articles.length;
    this.spans = new Float64Array(2 * n);
    this.places = new Uint32Array(3 * n);
    this.members = Array.from({ length: packCount(n) }, () => []);
    // Oldest first (packOf).
    for (let i = n - 1; i >= 0; i--) {
      const body = deflate(fileAt(i));
      const { start, end } = this.held.appendBytes(body);
      this.spans[2 * i] = start;
      this.spans[2 * i + 1] = end;
      const pack = packOf(articles[i]!.id, this.members.length);
      const members = this.members[pack]!;
      const last = members[members.length - 1];
      const offset = last === undefined ? 0 : this.places[3 * last + 1]! + this.places[3 * last + 2]!;
      this.places.set([pack, offset, recordLength(this.neighbours(i).length, body.byteLength)], 3 * i);
      members.push(i);
    }
  }

  get packs(): number {
    return this.members.length;
  }

  /** Where the record of the article at `position` is. */
  placeAt(position: number): ArticleAt {
    return [this.places[3 * position]!, this.places[3 * position + 1]!, this.places[3 * position + 2]!];
  }

  /** Where the record of the article `id` is; undefined for an id the archive does not have. */
  placeOf(id: string): ArticleAt | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.placeAt(position);
  }

  /** The file of the article `id` as the app reads it (`placedArticleText`), from its record; undefined for an id the archive does not have. */
  articleText(id: string): string | undefined {
    const position = this.positionOf(id);
    if (position === undefined) return undefined;
    const record = Buffer.alloc(this.places[3 * position + 2]!);
    this.writeRecord(position, record, 0);
    return recordText(record);
  }

  /** Pack `pack`'s bytes: its records, end to end. */
  pack(pack: number): Buffer {
    const positions = this.members[pack]!;
    const last = positions[positions.length - 1];
    const bytes = Buffer.alloc(last === undefined ? 0 : this.places[3 * last + 1]! + this.places[3 * last + 2]!);
    for (const i of positions) this.writeRecord(i, bytes, this.places[3 * i + 1]!);
    return bytes;
  }

  /**
   * Each article's id with a hash of where its record is and of its deflated file: what the
   * page cache knows an article's file by. The page carries its own place, and not its
   * neighbours' (see dataStamp): a record moved in its pack changes its page, not those of
   * the articles that link to it. Read in the order the files were deflated, oldest first,
   * so that one read of the held file brings many.
   */
  *recordHashes(): IterableIterator<[string, string]> {
    for (let i = this.articles.length - 1; i >= 0; i--) {
      const span = { start: this.spans[2 * i]!, end: this.spans[2 * i + 1]! };
      const body = Buffer.alloc(span.end - span.start);
      this.held.readInto(span, body, 0);
      yield [
        this.articles[i]!.id,
        createHash('sha256')
          .update(`${this.placeAt(i).join(',')}\0`)
          .update(body)
          .digest('hex'),
      ];
    }
  }

  private positionOf(id: string): number | undefined {
    this.positions ??= new Map(this.articles.map((article, i) => [article.id, i]));
    return this.positions.get(id);
  }

  /** Writes the record of the article at `position` into `target` at `offset`. */
  private writeRecord(position: number, target: Buffer, offset: number): void {
    const body = writeRecordHead(
      target,
      offset,
      this.neighbours(position).map((j) => this.placeAt(j)),
    );
    this.held.readInto({ start: this.spans[2 * position]!, end: this.spans[2 * position + 1]! }, target, body);
  }

  /** The positions of the article's neighbours, in the order of its file: newer, older, then related. */
  private neighbours(i: number): number[] {
    return [...(i > 0 ? [i - 1] : []), ...(i < this.articles.length - 1 ? [i + 1] : []), ...(this.related[i] ?? [])];
  }
}
