// What a build keeps of the images it wrote, for the next one: each image's size, and every
// file encoded from it, by the image's hash. Keyed by the image's bytes and IMAGE_VERSION
// (build/images.ts), not by the code's fingerprint: a change to the app's code does not
// re-encode every photo, which costs more than the rest of a rebuild.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, writeAtomically } from './cache-files.ts';

/** An image's size in pixels, once turned upright. */
export interface ImageSize {
  width: number;
  height: number;
}

/** The cache of one target's images, in the folder `dir`; keeps only what the last build used. */
export class ImageCache {
  private readonly sizes: Record<string, ImageSize>;
  private readonly used = new Set<string>();
  private readonly files: string;
  private changed = false;

  constructor(private readonly dir: string) {
    this.sizes = readJson<Record<string, ImageSize>>(join(dir, 'sizes.json')) ?? {};
    this.files = join(dir, 'files');
  }

  /** The size of the image with this hash, when an earlier build measured it. */
  size(hash: string): ImageSize | undefined {
    this.used.add(hash);
    return this.sizes[hash];
  }

  setSize(hash: string, size: ImageSize): void {
    this.used.add(hash);
    this.sizes[hash] = size;
    this.changed = true;
  }

  /** A file encoded by an earlier build, by its name (`<hash>-<width>.webp`); null when there is none. */
  file(name: string): Buffer | null {
    try {
      return readFileSync(join(this.files, name));
    } catch {
      return null;
    }
  }

  store(name: string, bytes: Buffer): void {
    writeAtomically(join(this.files, name), bytes);
  }

  /** Keeps the sizes and files of the images this build used, and removes the others. */
  save(): void {
    const unused = Object.keys(this.sizes).filter((hash) => !this.used.has(hash));
    for (const hash of unused) delete this.sizes[hash];
    if (this.changed || unused.length > 0) writeAtomically(join(this.dir, 'sizes.json'), JSON.stringify(this.sizes));
    mkdirSync(this.files, { recursive: true });
    for (const name of readdirSync(this.files)) if (!this.used.has(name.split('-')[0]!)) rmSync(join(this.files, name), { force: true });
  }
}
