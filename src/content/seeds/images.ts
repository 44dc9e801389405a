// Images of an article: where a seed's image file is, what the build makes of it, and the
// addresses the reader's <img> points at. Pure: the build (build/images.ts) reads and encodes
// the files; the reader and the page head only ever see hashed names and sizes.
import type { Picture } from './article.ts';

/** The folder (under the base path) of the images the build writes; its names carry a content hash, so they never change. */
export const IMAGE_FOLDER = 'assets/img/';
/** The widths an image is written in, never wider than the image itself (a phone, a laptop column at 2x, a wide screen at 2x). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
/** The list's and search results' thumbnail: 4:3, twice the size it is shown at (96 × 72 CSS pixels). */
export const THUMB_SIZE = { width: 192, height: 144 } as const;
/** The endings of the image files a seed may name; SVG is left out: it is code, not a picture. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'] as const;

/** Whether a file of the seed folder is an image (a seed's, read when a seed names it), not a stray file. */
export const isImageName = (name: string) => (IMAGE_EXTENSIONS as readonly string[]).includes(/\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');

/** Where an image named in a seed is: a path in the seed folder, or `/x.jpg` for `public/x.jpg`; or why it cannot be used. */
export type ImageLocation = { ok: true; source: string } | { ok: false; message: string };

/**
 * Resolves the image `written` in seed `seedFile` (a path relative to the seed folder):
 * relative to the seed's own folder, or `/x.jpg` in the site's `public/` folder. A remote
 * address (the app makes no request off its own origin), another scheme, and a path that
 * leaves its folder are refused with what to do.
 */
export function locateImage(seedFile: string, written: string): ImageLocation {
  const raw = written.trim();
  const fail = (message: string): ImageLocation => ({ ok: false, message });
  if (!raw) return fail('names no image file: write the file name, such as "photo.jpg"');
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(raw))
    return fail(
      `"${raw}" is on another site, and the archive makes no request off its own origin: download the image, put it beside the seed and name it by its file name`,
    );
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return fail(`"${raw}" is not an image file: name a file beside the seed, such as "photo.jpg"`);
  let path = raw.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A lone `%` is a character of the name.
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return fail(`"${raw}" holds a control character, which no image file name has: write the file's name as it is`);
  if (path.includes('\\')) return fail(`"${raw}" holds a backslash: write the path with "/", such as "images/photo.jpg"`);
  if (!isImageName(path)) return fail(`"${raw}" is not an image file the build can read: use a ${IMAGE_EXTENSIONS.join(', ')} file`);
  const inPublic = path.startsWith('/');
  const folder = inPublic ? '' : seedFile.split('/').slice(0, -1).join('/');
  const parts: string[] = folder ? folder.split('/') : [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0)
        return fail(
          `"${raw}" leads out of the ${inPublic ? 'public' : 'seed'} folder: put the image ${inPublic ? 'in public/' : 'beside the seed, or in a folder under it'}`,
        );
      parts.pop();
    } else if (part.startsWith('.')) return fail(`"${raw}" names a hidden file or folder, which the build does not read: rename it`);
    else parts.push(part);
  }
  return { ok: true, source: `${inPublic ? '/' : ''}${parts.join('/')}` };
}

/** The widths an image `width` pixels wide is written in: the standard ones below its width, and its own width up to the largest. */
export function renditionWidths(width: number): number[] {
  const widest = Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!);
  return [...IMAGE_WIDTHS.filter((w) => w < widest), widest];
}

/** The file (under the base path) of one width of an image. */
export const imageFile = (hash: string, width: number) => `${IMAGE_FOLDER}${hash}-${width}.webp`;
/** The file (under the base path) of an image's thumbnail. */
export const thumbFile = (hash: string) => `${IMAGE_FOLDER}${hash}-t.webp`;

/** What an <img> of a picture the build has resolved needs: its largest file, its srcset and its size; null when it is not resolved. */
export function pictureSources(picture: Picture, base: string): { src: string; srcSet: string; width: number; height: number } | null {
  const { hash, width, height, widths } = picture;
  if (!hash || !width || !height || !widths?.length) return null;
  const largest = widths[widths.length - 1]!;
  return {
    src: base + imageFile(hash, largest),
    srcSet: widths.map((w) => `${base}${imageFile(hash, w)} ${w}w`).join(', '),
    // The size of the largest file written: the aspect ratio the page reserves.
    width: largest,
    height: Math.round((height * largest) / width),
  };
}

/** Every picture of an article: the lead image, then the body's in order. */
export function articlePictures(article: { image?: Picture; blocks: readonly { image?: Picture }[] }): Picture[] {
  return [...(article.image ? [article.image] : []), ...article.blocks.flatMap((b) => (b.image ? [b.image] : []))];
}

const IMAGE_FILE = new RegExp(`/${IMAGE_FOLDER}([0-9a-f]+)-(\\d+|t)\\.webp(?:[?#]|$)`);

/** An image file's hash and width (null for a thumbnail), from its address; null for any other address. */
function imageFileOf(url: string): { hash: string; width: number | null } | null {
  const match = IMAGE_FILE.exec(url);
  return match ? { hash: match[1]!, width: match[2] === 't' ? null : Number(match[2]) } : null;
}

/**
 * Offline, the width of an image the page asks for may not be kept while another is: the
 * reader read the article on a narrower or wider screen. Of the addresses `kept`, the one to
 * show instead: the same image's narrowest width at least as wide as `wanted`, else its
 * widest; a thumbnail only stands for a thumbnail. Null when none is kept.
 */
export function keptVariant(wanted: string, kept: readonly string[]): string | null {
  const want = imageFileOf(wanted);
  if (!want) return null;
  const same = kept
    .map((url) => ({ url, file: imageFileOf(url) }))
    .filter(({ file }) => file?.hash === want.hash && (file.width === null) === (want.width === null))
    .sort((a, b) => (a.file!.width ?? 0) - (b.file!.width ?? 0));
  if (same.length === 0) return null;
  return (same.find(({ file }) => (file!.width ?? 0) >= (want.width ?? 0)) ?? same[same.length - 1]!).url;
}
