// Reads the image files seeds name, at build time: each is found (beside its seed, or in
// public/), read (never through a link), named by the hash of its bytes and measured, and
// every picture of every article is filled in with its hash, size and widths. A missing file
// or one that is not an image is an error naming the seed and the line; the build and
// `npm run check-seeds` both ask this, so they refuse the same folders.
import { join } from 'node:path';
import sharp from 'sharp';
import type { Article, Block, Picture, SeedProblem } from '../content/seeds/article.ts';
import type { SeedCollection } from '../content/seeds/collect-seeds.ts';
import { renditionWidths } from '../content/seeds/images.ts';
import { digest } from './cache-files.ts';
import { hasBlockPictures } from './held-article.ts';
import type { ImageCache, ImageSize } from './image-cache.ts';
import { readPlainFile } from './read-seed-folder.ts';

/**
 * Part of every image's hash, with its bytes: changed whenever what the build makes of an
 * image changes (format, quality, widths, thumbnail), so that a hashed name never holds two
 * contents.
 */
export const IMAGE_VERSION = 'webp-q78-480.960.1600-t192x144';

/** An image file the site shows: where it is, and what the build writes of it. */
export interface ImageSource {
  /** The file's path on disk. */
  path: string;
  hash: string;
  /** Its size once turned upright (EXIF orientation). */
  width: number;
  height: number;
  widths: number[];
}

/** The seeds with every picture filled in (or the problems that stop them), and the images to write, by hash. */
export interface ResolvedImages {
  seeds: SeedCollection;
  images: Map<string, ImageSource>;
}

/** Where the images seeds name are: the seed folder, and the site's public folder (`/x.jpg`). */
export interface ImageFolders {
  seedDir: string;
  publicDir: string;
}

type Found = { ok: true; image: ImageSource } | { ok: false; message: string };

/** Finds, reads and measures every image the articles name; `cache` answers the size of an image measured by an earlier build. */
export async function resolveImages(seeds: SeedCollection, folders: ImageFolders, cache?: ImageCache | null): Promise<ResolvedImages> {
  const images = new Map<string, ImageSource>();
  const byPath = new Map<string, Promise<Found>>();
  const problems: SeedProblem[] = [];
  const resolve = async (article: Article, picture: Picture): Promise<Picture | null> => {
    const { source, line, ...shown } = picture;
    if (source === undefined) return picture;
    const path = source.startsWith('/') ? join(folders.publicDir, source.slice(1)) : join(folders.seedDir, source);
    let finding = byPath.get(path);
    if (!finding) byPath.set(path, (finding = findImage(path, source, cache)));
    const found = await finding;
    if (!found.ok) {
      problems.push({ severity: 'error', file: article.file, line, message: found.message });
      return null;
    }
    const { hash, width, height, widths } = found.image;
    images.set(hash, found.image);
    return { ...shown, hash, width, height, widths };
  };
  const articles = await Promise.all(
    seeds.articles.map(async (article) => {
      if (!article.image && !hasBlockPictures(article)) return article;
      const image = article.image && (await resolve(article, article.image));
      // A picture that cannot be shown is left out (the dev server still shows the article; a build refuses it).
      const blocks = await Promise.all(
        article.blocks.map(async (block): Promise<Block | null> => {
          if (!block.image) return block;
          const image = await resolve(article, block.image);
          return image && { ...block, image };
        }),
      );
      const resolved: Article = { ...article, blocks: blocks.filter((block) => block !== null) };
      delete resolved.image;
      if (image) resolved.image = image;
      return resolved;
    }),
  );
  return { seeds: { articles, problems: [...seeds.problems, ...problems] }, images };
}

/** Reads one image file and measures it, or says why it cannot be used. */
async function findImage(path: string, source: string, cache?: ImageCache | null): Promise<Found> {
  const named = source.startsWith('/') ? `public${source}` : source;
  let bytes: Buffer;
  try {
    bytes = readPlainFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `image file ${named} is not there: put the image there, or correct its name (names are case-sensitive)`
        : code === 'ELOOP'
          ? `image file ${named} is a symbolic link, and links are not followed: copy the image there instead`
          : `image file ${named} cannot be read (${code ?? String(cause)}): give the build read access to it`;
    return { ok: false, message };
  }
  const hash = digest(IMAGE_VERSION, bytes).slice(0, 16);
  let size: ImageSize | undefined = cache?.size(hash);
  if (!size) {
    try {
      size = await measure(bytes);
    } catch (cause) {
      return {
        ok: false,
        message: `image file ${named} cannot be read as an image (${cause instanceof Error ? cause.message : String(cause)}): save it as JPEG, PNG or WebP`,
      };
    }
    cache?.setSize(hash, size);
  }
  return { ok: true, image: { path, hash, ...size, widths: renditionWidths(size.width) } };
}

/** An image's size once turned upright: EXIF orientations 5 to 8 turn it a quarter. */
async function measure(bytes: Buffer): Promise<ImageSize> {
  const { width, height, orientation } = await sharp(bytes).metadata();
  if (!width || !height) throw new Error('it has no size');
  return (orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
}
