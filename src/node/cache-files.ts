// Reading and writing the build cache's files: keys made of hashes, files written whole,
// and unreadable files taken as missing.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** A short hex digest of the given parts, each ended by a NUL so no two lists of parts collide. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  // The first 16 bytes' hex, made as such: a slice of the whole digest's hex would keep
  // all 64 characters alive behind it, and the build holds a key for every page.
  return hash.digest().toString('hex', 0, 16);
}

/**
 * Writes a file whole or not at all, so a build stopped half way never leaves a torn cache
 * file: `write` writes the bytes to a temporary file beside it, renamed over it once whole;
 * if `write` throws, the temporary file is removed and the file left as it was.
 */
function writeWhole(file: string, write: (fd: number) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    write(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
}

/** Writes a file whole or not at all (writeWhole). */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  writeWhole(file, (fd) => writeFileSync(fd, content));
}

/**
 * `value` as JSON whose text is ASCII alone: every other character written as its `\u`
 * escape. Node decodes an ASCII file several times faster than one holding other characters
 * (the Reuters seed cache, 41 MB with some 96,000 typographic quotes and dashes among
 * its text: 0.63 s against 0.17–0.23 s, read as a string), and every rebuild reads the
 * whole cache; the escaping costs a full write 0.1 s.
 */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  const other = /[^\x00-\x7f]/g;
  let ascii = '';
  let copied = 0;
  // Concatenated piece by piece: a replace calling a function per character took four times as long.
  for (let match = other.exec(json); match; match = other.exec(json)) {
    ascii += `${json.slice(copied, match.index)}\\u${json.charCodeAt(match.index).toString(16).padStart(4, '0')}`;
    copied = match.index + 1;
  }
  return ascii + json.slice(copied);
}

/**
 * `value`'s JSON as `asciiJson` gives it, in pieces of about `piece` characters, each handed
 * to `put` as it is made: an object's or array's members, and theirs, are made one at a time.
 * A Map with string keys, at either of those two levels, is written as the object of its
 * entries, so that a large one need not be copied into an object to be written.
 * The cache's files are large objects of small entries, and made whole, with the JSON of
 * each shard of the seed cache, outputs.json or pages.json once as a string and once
 * escaped, they were hundreds of MB at a time of a 250,000-article build.
 */
export function jsonPieces(value: unknown, put: (piece: string) => void, piece = 1 << 20): void {
  let parts: string[] = [];
  let size = 0;
  const add = (text: string) => {
    parts.push(text);
    size += text.length;
    if (size < piece) return;
    put(parts.join(''));
    parts = [];
    size = 0;
  };
  // Two levels down, then each value whole: the members of an entry are small.
  const write = (value: unknown, levels: number, inArray: boolean): void => {
    if (levels > 0 && typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
      if (Array.isArray(value)) {
        add('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) add(',');
          write(value[i], levels - 1, true);
        }
        add(']');
        return;
      }
      add('{');
      let first = true;
      for (const [key, member] of value instanceof Map ? (value as Map<string, unknown>) : Object.entries(value)) {
        if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
        add(`${first ? '' : ','}${asciiJson(key)}:`);
        first = false;
        write(member, levels - 1, false);
      }
      add('}');
      return;
    }
    // What JSON.stringify leaves out of an object (it is never asked for here) becomes null in an array.
    add(value === undefined || typeof value === 'function' || typeof value === 'symbol' ? (inArray ? 'null' : '') : asciiJson(value));
  };
  write(value, 2, false);
  if (size > 0) put(parts.join(''));
}

/** Writes `value` as a JSON file whole or not at all, in ASCII (`asciiJson`) so that it reads fast, a piece at a time (`jsonPieces`). */
export function writeJson(file: string, value: unknown): void {
  writeWhole(file, (fd) =>
    jsonPieces(value, (piece) => {
      // ASCII alone: a byte per character.
      const bytes = Buffer.from(piece, 'latin1');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    }),
  );
}

/**
 * Reads a JSON file, or returns null when it is missing or unreadable (a cache that cannot be
 * read is an empty cache), or when it does not begin with `prefix`: a cache file of another
 * version is then never read whole (at 250,000 articles, reading and parsing the seed cache's
 * ~600 MB took some 20 s and 800 MB, only to find that the code had changed).
 */
export function readJson<T>(file: string, prefix = ''): T | null {
  try {
    if (prefix && !startsWith(file, prefix)) return null;
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Whether a file's first bytes are `prefix`'s UTF-8; false when it cannot be read. */
export function startsWith(file: string, prefix: string): boolean {
  const expected = Buffer.from(prefix);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(expected.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}
