import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { readJson, writeJson } from './cache-files.ts';
import { TextFile } from './text-file.ts';

interface DeflatedIndex {
  version: string;
  /** The file the entries are in, end to end, in this folder. */
  file: string;
  /** Each entry's hash of its text, separated by spaces. */
  hashes: string;
  /** Each entry's length in bytes. */
  lengths: number[];
}

/** What the bytes an entry was deflated to depend on beyond its text. */
const VERSION = `deflateRaw ${process.versions.zlib}`;

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64');

/** Files made by this process so far: each build's file has a name no other build's has. */
let made = 0;

/**
 * The articles' files as the last build deflated them, by a hash of each one's text: a
 * rebuild deflates only the files whose text changed (an edited article's, and those of
 * the few whose neighbours or related articles it is). Deflating every file again took
 * 0.59 s of a 10 s rebuild of Reuters after an edit (a profile). The deflated bytes depend
 * on the text and zlib's version alone, so a change of code keeps them.
 */
export class DeflatedFiles {
  /** The last build's entries: their numbers by hash, and where each is in its file. */
  private readonly known = new Map<string, number>();
  private readonly starts: Float64Array = new Float64Array(0);
  private readonly lengths: number[] = [];
  private old: TextFile | null = null;
  /** This build's entries, in the file it writes. */
  private readonly file = `${process.pid}-${Date.now().toString(36)}-${made++}.bin`;
  private out: TextFile | null = null;
  private readonly hashes: string[] = [];
  private readonly written: number[] = [];
  hits = 0;

  constructor(private readonly dir: string) {
    const index = readJson<DeflatedIndex>(join(dir, 'index.json'));
    if (
      index?.version !== VERSION ||
      typeof index.file !== 'string' ||
      !/^[\w.-]+\.bin$/.test(index.file) ||
      typeof index.hashes !== 'string' ||
      !Array.isArray(index.lengths)
    )
      return;
    const hashes = index.hashes ? index.hashes.split(' ') : [];
    if (hashes.length !== index.lengths.length || !index.lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return;
    this.old = TextFile.read(join(dir, index.file));
    if (!this.old) return;
    this.lengths = index.lengths;
    this.starts = new Float64Array(hashes.length);
    for (let i = 0, at = 0; i < hashes.length; at += this.lengths[i]!, i++) {
      this.starts[i] = at;
      this.known.set(hashes[i]!, i);
    }
  }

  /** `text` deflated (raw, zlib's defaults), as the last build did it if it had the same text. */
  deflate(text: string): Buffer {
    const hash = hashOf(text);
    const body = this.stored(hash) ?? deflateRawSync(text);
    if (!this.out) {
      mkdirSync(this.dir, { recursive: true });
      this.out = TextFile.create(join(this.dir, this.file));
    }
    this.out.appendBytes(body);
    this.hashes.push(hash);
    this.written.push(body.length);
    return body;
  }

  /**
   * The entry the last build kept for this hash, whole, or null. The entries are asked for
   * in about the order they were written, which a TextFile reads in runs: a read for each
   * took 0.26 s of a Reuters rebuild.
   */
  private stored(hash: string): Buffer | null {
    const i = this.known.get(hash);
    if (i === undefined || !this.old) return null;
    const start = this.starts[i]!;
    const bytes = Buffer.allocUnsafe(this.lengths[i]!);
    try {
      this.old.readInto({ start, end: start + bytes.length }, bytes, 0);
    } catch {
      // Cut short: the file ends before this entry does.
      return null;
    }
    this.hits++;
    return bytes;
  }

  /** Keeps this build's entries for the next, and removes the last build's. */
  save(): void {
    const saving = this.out !== null;
    this.close();
    if (!saving) return;
    writeJson(join(this.dir, 'index.json'), {
      version: VERSION,
      file: this.file,
      hashes: this.hashes.join(' '),
      lengths: this.written,
    } satisfies DeflatedIndex);
    for (const name of readdirSync(this.dir)) if (name.endsWith('.bin') && name !== this.file) rmSync(join(this.dir, name), { force: true });
  }

  /** Lets go of the files; a build that does not save leaves its entries to be removed by the next that does. */
  close(): void {
    this.old?.close();
    this.old = null;
    this.out?.close();
    this.out = null;
  }
}
