// Texts a build holds on disk rather than in memory: it writes them once and reads them back
// when asked. The build cache keeps some such files from one build to the next.
import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
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
 * What a read takes from the file when a text lies just after (or just before) bytes an
 * earlier read brought: the build reads most texts in runs, in the order they were written
 * or the reverse (a clean build's articles, as the site's data reads them), or in a few such
 * runs at once (a rebuild's, held in the order of the seed cache's 16 files), so the next
 * texts of a run are then in the bytes one read brought, where a read per text cost a system
 * call each. A text elsewhere is read alone.
 */
const READ_AHEAD = 128 * 1024;
/** How many runs are followed at once, each with the bytes its last read brought. */
const WINDOWS = 24;

/** Bytes of the file, `[start, start + bytes)`, as one read brought them. */
interface Window {
  start: number;
  bytes: number;
  buffer: Buffer;
}

// A file is closed once its TextFile is gone (and with it whatever reads from it).
const closing = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * A temporary file that texts are appended to, each read back by its span. The file is
 * removed as soon as it is opened, so nothing is left behind however the build ends; what
 * the system keeps of it in its cache, it can let go, where the heap could not. A file the
 * build cache keeps is made with `create` and read back by a later build with `read`.
 */
export class TextFile {
  private fd: number | null = null;
  /** Bytes in the file, then those gathered to be written after them. */
  private written = 0;
  private pending = Buffer.allocUnsafe(0);
  private pendingBytes = 0;
  /** What the last reads brought, the most recently used last. */
  private readonly windows: Window[] = [];

  /**
   * `name` goes into the file's name: `news-archive-<name>-<uuid>` in the temporary folder;
   * or a file of the cache's, open as `kept` (`create`, `read`), at the path `name`.
   */
  constructor(
    private readonly name: string,
    kept?: { fd: number; bytes: number },
  ) {
    if (!kept) return;
    this.fd = kept.fd;
    this.written = kept.bytes;
    closing.register(this, kept.fd, this);
  }

  /** A new file at `path`, kept there once closed (`close`, which writes what is gathered). */
  static create(path: string): TextFile {
    return new TextFile(path, { fd: openSync(path, 'wx+'), bytes: 0 });
  }

  /** The file at `path`, to read by the spans its maker noted; null when it cannot be opened. */
  static read(path: string): TextFile | null {
    try {
      const fd = openSync(path, 'r');
      return new TextFile(path, { fd, bytes: fstatSync(fd).size });
    } catch {
      return null;
    }
  }

  /** Bytes in the file, with those gathered to be written. */
  get bytes(): number {
    return this.written + this.pendingBytes;
  }

  /** Writes what is gathered and closes the file: no text is appended or read after. */
  close(): void {
    this.flush();
    if (this.fd === null) return;
    closing.unregister(this);
    closeSync(this.fd);
    this.fd = null;
  }

  append(text: string): TextSpan {
    const length = Buffer.byteLength(text);
    const start = this.room(length);
    this.pendingBytes += this.pending.write(text, this.pendingBytes);
    return { start, end: start + length };
  }

  /** Appends bytes, as `append` does a text. */
  appendBytes(bytes: Uint8Array): TextSpan {
    const start = this.room(bytes.byteLength);
    this.pending.set(bytes, this.pendingBytes);
    this.pendingBytes += bytes.byteLength;
    return { start, end: start + bytes.byteLength };
  }

  /** The text of `span`; throws a RangeError for a span the file does not hold whole (a kept file cut short). */
  read(span: TextSpan): string {
    const { window, from } = this.reach(span);
    return window.buffer.toString('utf8', from, from + span.end - span.start);
  }

  /** Copies the bytes of `span` into `target` at `offset` (a RangeError as `read`). */
  readInto(span: TextSpan, target: Uint8Array, offset: number): void {
    const { window, from } = this.reach(span);
    target.set(window.buffer.subarray(from, from + span.end - span.start), offset);
  }

  /** Where the next `length` bytes go, once there is room for them among those gathered. */
  private room(length: number): number {
    if (this.pendingBytes + length > this.pending.length) {
      this.flush();
      if (length > this.pending.length) this.pending = Buffer.allocUnsafe(Math.max(PENDING_BYTES, length));
    }
    return this.written + this.pendingBytes;
  }

  /** The window holding `[start, end)` (read when none does), and where the span starts in it. */
  private reach({ start, end }: TextSpan): { window: Window; from: number } {
    if (end > this.written) this.flush();
    if (start < 0 || end < start || end > this.written) throw new RangeError(`${this.name} holds ${this.written} bytes, not [${start}, ${end})`);
    // The file is only ever appended to, so bytes read before are still what it holds.
    const at = this.windows.findIndex((w) => start >= w.start && end <= w.start + w.bytes);
    const window = at < 0 ? this.fill(start, end) : this.windows[at]!;
    if (at >= 0 && at < this.windows.length - 1) this.windows.push(...this.windows.splice(at, 1));
    return { window, from: start - window.start };
  }

  /**
   * Reads `[start, end)` into a window, in place of the least recently used once there are
   * `WINDOWS`; with the bytes that follow it when it lies just after a window, or those that
   * precede it when just before one.
   */
  private fill(start: number, end: number): Window {
    const near = (gap: number) => gap >= 0 && gap < READ_AHEAD;
    const forwards = this.windows.some((w) => near(start - (w.start + w.bytes)));
    const backwards = !forwards && this.windows.some((w) => near(w.start - end));
    const from = backwards ? Math.max(0, Math.min(start, end - READ_AHEAD)) : start;
    const to = forwards ? Math.min(this.written, Math.max(end, start + READ_AHEAD)) : end;
    const reused = this.windows.length === WINDOWS ? this.windows.shift()!.buffer : null;
    const buffer = reused && reused.length >= to - from ? reused : Buffer.allocUnsafe(Math.max(to - from, READ_AHEAD));
    for (let at = 0; at < to - from;) at += readSync(this.fd!, buffer, at, to - from - at, from + at);
    const window = { start: from, bytes: to - from, buffer };
    this.windows.push(window);
    return window;
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
    closing.register(this, fd, this);
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
