// Texts a build holds on disk rather than in memory: it writes them once and reads them back when asked.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a text is in its file: the UTF-8 bytes `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What is gathered before it is written to the file: a write per text cost a system call each. */
const PENDING_BYTES = 1024 * 1024;

// A file is closed once its TextFile is gone (and with it whatever reads from it).
const closing = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * A temporary file that texts are appended to, each read back by its span. The file is
 * removed as soon as it is opened, so nothing is left behind however the build ends; what
 * the system keeps of it in its cache, it can let go, where the heap could not.
 */
export class TextFile {
  private fd: number | null = null;
  /** Bytes in the file, then those gathered to be written after them. */
  private written = 0;
  private pending = Buffer.allocUnsafe(0);
  private pendingBytes = 0;
  private scratch = Buffer.allocUnsafe(0);

  /** `name` goes into the file's name: `news-archive-<name>-<uuid>` in the temporary folder. */
  constructor(private readonly name: string) {}

  append(text: string): TextSpan {
    const length = Buffer.byteLength(text);
    if (this.pendingBytes + length > this.pending.length) {
      this.flush();
      if (length > this.pending.length) this.pending = Buffer.allocUnsafe(Math.max(PENDING_BYTES, length));
    }
    const start = this.written + this.pendingBytes;
    this.pendingBytes += this.pending.write(text, this.pendingBytes);
    return { start, end: start + length };
  }

  read({ start, end }: TextSpan): string {
    if (end > this.written) this.flush();
    const length = end - start;
    // One buffer for every read, made on the first and grown as needed: most texts are a few kilobytes.
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(length, 2 * this.scratch.length, 64 * 1024));
    for (let at = 0; at < length;) at += readSync(this.fd!, this.scratch, at, length - at, start + at);
    return this.scratch.toString('utf8', 0, length);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.fd ??= this.open();
    for (let at = 0; at < this.pendingBytes;) at += writeSync(this.fd, this.pending, at, this.pendingBytes - at, this.written + at);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  private open(): number {
    const path = join(tmpdir(), `news-archive-${this.name}-${randomUUID()}`);
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
