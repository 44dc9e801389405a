// How a build holds the articles it parsed: their text in a file of its own, not in memory.
import type { Article, Block } from '../content/seeds/article.ts';
import type { ParsedSeedFile } from '../content/seeds/collect-seeds.ts';
import { TextFile, type TextSpan } from './text-file.ts';

/** Where a held article's blocks are: their JSON, in its store's file; and whether one of them is a picture. */
interface Text extends TextSpan {
  file: TextFile;
  pictured: boolean;
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
    const text = (this as unknown as Held)[TEXT];
    return JSON.parse(text.file.read(text)) as Block[];
  },
  toJSON(): Article {
    return plainArticle(this as unknown as Article);
  },
};

const isHeld = (article: Article) => Object.getPrototypeOf(article) === heldPrototype;

/**
 * Whether one of an article's blocks is a picture. A held article knows without reading its
 * blocks back: the build asks it of every article (images.ts), most of which have none.
 */
export function hasBlockPictures(article: Article): boolean {
  return isHeld(article) ? (article as unknown as Held)[TEXT].pictured : pictured(article.blocks);
}

const pictured = (blocks: readonly Block[]) => blocks.some((block) => block.image);

/** A held article as a plain object again, which needs nothing of its store; a plain one as it is. */
export function plainArticle(article: Article): Article {
  return isHeld(article) ? { ...article, blocks: article.blocks } : article;
}

/**
 * The articles of one build as it holds them: each one's blocks written to a file of the
 * store's own as the UTF-8 bytes of their JSON, and read back each time they are asked for
 * (whether it has pictures, its terms when the cache has none, its data file, the feed).
 * Held as objects and strings, the blocks were most of the parsed seeds (~590 MB at 250,000
 * articles: a string with one typographic quote takes two bytes a character, and V8 lets its
 * heap grow by half again over what it holds); in memory as bytes, still 260 MB, alive all
 * through the site's data. The other fields stay the article's own, in their order, so the
 * data files are written as before; a spread gives those alone (images.ts names the blocks
 * beside one; plainArticle gives the whole article).
 */
export class ArticleStore {
  private readonly file = new TextFile('articles');

  /** The article as the store holds it; one held already, as it is. */
  readonly hold = (article: Article): Article => {
    if (isHeld(article)) return article;
    const { blocks, ...rest } = article;
    const held = Object.assign(Object.create(heldPrototype) as object, rest);
    // Not enumerable: neither a spread nor JSON sees it.
    const { start, end } = this.file.append(JSON.stringify(blocks));
    Object.defineProperty(held, TEXT, { value: { file: this.file, start, end, pictured: pictured(blocks) } satisfies Text });
    return held as Article;
  };

  /** A parsed seed file with its article held. */
  readonly holdParsed = (parsed: ParsedSeedFile): ParsedSeedFile => (parsed.article ? { ...parsed, article: this.hold(parsed.article) } : parsed);
}
