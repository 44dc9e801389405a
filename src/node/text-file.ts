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
/**
 * What a read takes from the file when texts are read in the order they were written, or in
 * the reverse order (the articles of a clean build, as the site's data reads them): the next
 * few hundred are then in the bytes one read brought, where a read per text cost a system
 * call each. Texts read out of order are read alone.
 */
const READ_AHEAD = 256 * 1024;

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
  /** The bytes `[windowStart, windowStart + windowBytes)` of the file, as the last read from it brought them. */
  private window = Buffer.allocUnsafe(0);
  private windowStart = 0;
  private windowBytes = 0;

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
    // The file is only ever appended to, so bytes read before are still what it holds.
    if (start < this.windowStart || end > this.windowStart + this.windowBytes) this.fill(start, end);
    return this.window.toString('utf8', start - this.windowStart, end - this.windowStart);
  }

  /**
   * Reads `[start, end)` into the window; when it lies just after the window, what follows it
   * too, and when just before, what precedes it.
   */
  private fill(start: number, end: number): void {
    const windowEnd = this.windowStart + this.windowBytes;
    const forwards = start >= windowEnd && start - windowEnd < READ_AHEAD;
    const backwards = end <= this.windowStart && this.windowStart - end < READ_AHEAD;
    const from = backwards ? Math.max(0, Math.min(start, end - READ_AHEAD)) : start;
    const to = forwards ? Math.min(this.written, Math.max(end, start + READ_AHEAD)) : end;
    // One buffer for every read, made on the first and grown as needed.
    if (to - from > this.window.length) this.window = Buffer.allocUnsafe(Math.max(to - from, READ_AHEAD));
    for (let at = 0; at < to - from;) at += readSync(this.fd!, this.window, at, to - from - at, from + at);
    this.windowStart = from;
    this.windowBytes = to - from;
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
