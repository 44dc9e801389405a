// Writes the images the site shows: each in its widths and as a thumbnail, in WebP (which
// every browser the site supports reads), turned upright (EXIF orientation) and without its
// metadata (sharp writes none unless asked: no camera serial numbers or places). A file the
// last build wrote is linked unread; one an earlier build encoded comes from the cache; only
// a new image is encoded.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { IMAGE_FOLDER, imageFile, THUMB_SIZE, thumbFile } from '../content/seeds/images.ts';
import type { ImageCache } from './image-cache.ts';
import type { ImageSource } from './images.ts';
import type { OutputWriter } from './out-dir.ts';

const QUALITY = 78;

/** The files of one image: its path under the output folder and how to make it (`width` undefined for the thumbnail). */
export function imageOutputs(image: ImageSource): { path: string; width?: number }[] {
  return [...image.widths.map((width) => ({ path: imageFile(image.hash, width), width })), { path: thumbFile(image.hash) }];
}

/** Encodes one file of an image from its source bytes. */
export function encodeImage(bytes: Buffer, width: number | undefined): Promise<Buffer> {
  const upright = sharp(bytes).rotate();
  const sized =
    width === undefined
      ? upright.resize(THUMB_SIZE.width, THUMB_SIZE.height, { fit: 'cover', position: sharp.strategy.attention })
      : upright.resize({ width, withoutEnlargement: true });
  return sized.webp({ quality: QUALITY }).toBuffer();
}

/** Writes every file of every image into the output; returns how many had to be encoded. */
export async function writeImages(out: OutputWriter, images: ReadonlyMap<string, ImageSource>, cache?: ImageCache | null): Promise<number> {
  let encoded = 0;
  for (const image of images.values()) {
    let source: Buffer | null = null;
    for (const { path, width } of imageOutputs(image)) {
      // The hash names the bytes the file is made from: the old output's file of the same stamp is this one.
      if (out.reuse(path, image.hash)) continue;
      const name = path.slice(IMAGE_FOLDER.length);
      let bytes = cache?.file(name) ?? null;
      if (!bytes) {
        bytes = await encodeImage((source ??= readFileSync(image.path)), width);
        encoded++;
        cache?.store(name, bytes);
      }
      out.write(path, bytes, image.hash);
    }
  }
  return encoded;
}

/** The file an image's path under the output folder names, encoded on request (for the dev server); null when there is no such file. */
export async function imageResponse(images: ReadonlyMap<string, ImageSource>, path: string): Promise<Buffer | null> {
  const match = /^([0-9a-f]{16})-(\d+|t)\.webp$/.exec(path.slice(IMAGE_FOLDER.length));
  const image = match && path.startsWith(IMAGE_FOLDER) ? images.get(match[1]!) : undefined;
  if (!match || !image) return null;
  const width = match[2] === 't' ? undefined : Number(match[2]);
  if (width !== undefined && !image.widths.includes(width)) return null;
  return encodeImage(readFileSync(image.path), width);
}
