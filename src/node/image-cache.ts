// What a build keeps of the images it wrote, for the next one: each image's size, and every
// file encoded from it, by the image's hash. Keyed by the image's bytes and IMAGE_VERSION
// (build/images.ts), not by the code's fingerprint: a change to the app's code does not
// re-encode every photo, which costs more than the rest of a rebuild. Each encoded file is
// kept with the digest of its bytes and checked against it before reuse: a cut or altered
// file is encoded again, never written under a hashed name that promises other bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { digest, readJson, writeAtomically, writeJson } from './cache-files.ts';

/** An image's size in pixels, once turned upright. */
export interface ImageSize {
  width: number;
  height: number;
}

/** The cache of one target's images, in the folder `dir`; keeps only what the last build used. */
export class ImageCache {
  private readonly sizes: Record<string, ImageSize>;
  /** The digest of each encoded file's bytes, by its name. */
  private readonly digests: Record<string, string>;
  private readonly used = new Set<string>();
  private readonly files: string;
  private changed = false;

  constructor(private readonly dir: string) {
    this.sizes = readJson<Record<string, ImageSize>>(join(dir, 'sizes.json')) ?? {};
    this.digests = readJson<Record<string, string>>(join(dir, 'files.json')) ?? {};
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

  /** A file encoded by an earlier build, by its name (`<hash>-<width>.webp`); null when there is none, or it is not the bytes stored. */
  file(name: string): Buffer | null {
    try {
      const bytes = readFileSync(join(this.files, name));
      return this.digests[name] === digest(bytes) ? bytes : null;
    } catch {
      return null;
    }
  }

  store(name: string, bytes: Buffer): void {
    writeAtomically(join(this.files, name), bytes);
    this.digests[name] = digest(bytes);
    this.changed = true;
  }

  /** Keeps the sizes and files of the images this build used, and removes the others. */
  save(): void {
    const unused = Object.keys(this.sizes).filter((hash) => !this.used.has(hash));
    for (const hash of unused) delete this.sizes[hash];
    if (this.changed || unused.length > 0) writeJson(join(this.dir, 'sizes.json'), this.sizes);
    mkdirSync(this.files, { recursive: true });
    for (const name of readdirSync(this.files)) if (!this.used.has(name.split('-')[0]!)) rmSync(join(this.files, name), { force: true });
    const stale = Object.keys(this.digests).filter((name) => !this.used.has(name.split('-')[0]!));
    for (const name of stale) delete this.digests[name];
    if (this.changed || stale.length > 0) writeJson(join(this.dir, 'files.json'), this.digests);
  }
}
