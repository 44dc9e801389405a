import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ArchiveManifest } from '../content/archive/model.ts';
import type { PageHead } from '../content/publishing/page-head.ts';
import { memoize } from '../content/memo.ts';
import { digest, readJson, writeJson } from './cache-files.ts';
import type { PreparedPage } from './page-assembly.ts';
import type { BuiltData } from './built-data.ts';
import { removeInBackground } from './staging.ts';
import { TextFile } from './text-file.ts';

/** What a page's render read: the data files, and the fields of the manifest. */
export interface PageInputs {
  files: string[];
  manifest: (keyof ArchiveManifest)[];
}

/**
 * A page's inputs as the index stores them: the JSON of `[files, manifest]`, with the page's
 * own data file (`<path>.json`, an article's) written as null, so that pages of one kind
 * read the same text and share one string (`PageCache.shared`).
 */
type StoredInputs = string;

/** Where a stored page is: its pack (an index into `PageIndex.packs`), and its entry's offset and length there. */
type Place = [pack: number, offset: number, length: number];

interface PageIndex {
  version: string;
  pages: Record<string, StoredInputs>;
  /** The pack files the places name, in the folder `pages`. */
  packs: string[];
  /** Each stored page's place, by its key. */
  places: Record<string, Place>;
}

/**
 * A stored page: a line of JSON (its head, the length of its markup, and the length and
 * digest of all that follows), then the markup and the router-data block, as bytes.
 */
interface PageHeader {
  head: PageHead;
  html: number;
  size: number;
  digest: string;
}

/** The digest a stored page's header gives of the bytes after it, which it may be given in pieces. */
function bodyDigest(...pieces: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  return hash.digest().toString('hex', 0, 16);
}

/**
 * A stored page from its entry's bytes, or null when they are cut short or otherwise not
 * what was written (then the page is rendered again): a torn entry never reaches the output.
 */
function readPage(bytes: Buffer): PreparedPage | null {
  try {
    const newline = bytes.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<PageHeader>;
    const body = bytes.subarray(newline + 1);
    const { head, html, size } = header;
    if (!head || typeof html !== 'number' || size !== body.length || html > size || header.digest !== bodyDigest(body)) return null;
    return { head, html: body.subarray(0, html), routerData: body.subarray(html) };
  } catch {
    return null;
  }
}

/** A well-formed place, of a pack the index names. */
const isPlace = (place: unknown, packs: number): place is Place =>
  Array.isArray(place) && place.length === 3 && place.every((n) => Number.isSafeInteger(n) && n >= 0) && place[0] < packs;

/**
 * A pack whose pages the builds since have left is copied, its live entries only, into the
 * build's own, once less than this share of its bytes is still used: an edit leaves one
 * pack's bytes behind each page it renders again, which would otherwise pile up.
 */
const LIVE_SHARE = 0.5;

/** Packs made by this process so far: each build's pack has a name no other build's has. */
let packsMade = 0;

/** The start of the name of a folder of stored pages that no build can use any more. */
const STALE = 'pages.stale-';

/**
 * Moves the stored pages out of the way, to be removed by a detached process: after a change
 * of code, base path or settings, none can be used, and removing tens of thousands of them
 * one by one at the end of the build took longer than the build (23 s once on Reuters here).
 * Folders set aside by a build stopped before its remover ran go too.
 */
function setAside(dir: string): void {
  if (!existsSync(dir)) return;
  const pages = join(dir, 'pages');
  if (existsSync(pages)) renameSync(pages, join(dir, `${STALE}${process.pid}-${Date.now()}`));
  removeInBackground(
    readdirSync(dir)
      .filter((name) => name.startsWith(STALE))
      .map((name) => join(dir, name)),
  );
}

/**
 * Rendered pages (markup, head and router-data block, before they are put into the build's
 * index.html), each stored under a hash of exactly what its render read last time. A page
 * is rendered again only when one of those inputs changed: one edited article re-renders
 * its own page and the lists, tags and neighbours that show it, not the whole archive.
 *
 * A build appends the pages it renders to one pack file of its own, and the index says
 * where each is. Stored as a file each, the 19,040 pages of a clean Reuters build cost its
 * main thread ~2 s of system time (a file made and closed for each; 2.1 s of 6 s in
 * `/usr/bin/time`, with the writes against without them, three builds each).
 */
export class PageCache {
  private readonly index: PageIndex;
  // What a build holds for each of its pages is its inputs, shared with the pages of its
  // kind, and its key. For 250,000 article pages, an object and two arrays a page and a set
  // of the keys kept held 104 MB of the heap through the prerender, these two maps 39 MB (a
  // script's count of each layout, with collections forced).
  /** This build's pages, with what their render read. */
  private readonly current = new Map<string, StoredInputs>();
  /** Each page's key: as its stored inputs are now (worked out once per page and build), or as put. */
  private readonly keys = new Map<string, string>();
  private readonly texts = new Map<string, StoredInputs>();
  /** Where each stored page is, by its key: the index's places, then the pages this build put. */
  private readonly places = new Map<string, Place>();
  /** The packs the places name; this build's own is added at its first put. */
  private readonly packs: string[];
  /** The packs read from, by their index (null: it cannot be opened). */
  private readonly readers = new Map<number, TextFile | null>();
  /** This build's pack: its index in `packs`, and its file. */
  private writer: { pack: number; file: TextFile } | null = null;
  hits = 0;

  /** `version` stands for everything a render depends on beyond its inputs: the code, base path and publisher's settings. */
  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly data: BuiltData,
  ) {
    const stored = readJson<PageIndex>(join(dir, 'pages.json'));
    const usable =
      stored?.version === version &&
      typeof stored.pages === 'object' &&
      stored.pages !== null &&
      typeof stored.places === 'object' &&
      stored.places !== null &&
      Array.isArray(stored.packs) &&
      stored.packs.every((name) => typeof name === 'string' && /^[\w.-]+\.pack$/.test(name));
    this.index = usable ? stored : { version, pages: {}, packs: [], places: {} };
    if (this.index !== stored) setAside(dir);
    this.packs = [...this.index.packs];
    for (const [path, text] of Object.entries(this.index.pages)) {
      // A cache that cannot be read is an empty cache, entry by entry.
      if (typeof text === 'string' && this.parsed(text)) this.index.pages[path] = this.shared(text);
      else delete this.index.pages[path];
    }
    for (const [key, place] of Object.entries(this.index.places)) if (isPlace(place, this.packs.length)) this.places.set(key, place);
    // Held once, in `places`.
    this.index.places = {};
    mkdirSync(join(dir, 'pages'), { recursive: true });
  }

  /** One string for each distinct text of inputs. */
  private shared(text: StoredInputs): StoredInputs {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  private stored(path: string, { files, manifest }: PageInputs): StoredInputs {
    const own = `${path}.json`;
    return this.shared(JSON.stringify([files.map((file) => (file === own ? null : file)), manifest]));
  }

  /** Stored inputs read back, once for each text (null when they are not what `stored` writes). */
  private readonly parsed = memoize((text: StoredInputs) => {
    try {
      const [files, manifest] = JSON.parse(text) as unknown[];
      const strings = (list: unknown, orNull: boolean) => Array.isArray(list) && list.every((item) => typeof item === 'string' || (orNull && item === null));
      return strings(files, true) && strings(manifest, false) ? { files: files as (string | null)[], manifest: manifest as (keyof ArchiveManifest)[] } : null;
    } catch {
      return null;
    }
  });

  /** A page's stored inputs, its own data file put back in. */
  private inputs(path: string, text: StoredInputs): PageInputs {
    const { files, manifest } = this.parsed(text)!;
    return { files: files.map((file) => file ?? `${path}.json`), manifest };
  }

  /** The key of a page as the inputs its last render read are now. */
  private storedKey(path: string): string | null {
    let key = this.keys.get(path);
    if (key !== undefined) return key;
    const text = this.index.pages[path];
    if (text === undefined) return null;
    this.keys.set(path, (key = this.key(path, this.inputs(path, text))));
    return key;
  }

  /** Each manifest field as JSON, worked out once per build: list pages read the large ones. */
  private readonly fieldJson = memoize((field: keyof ArchiveManifest) => JSON.stringify(this.data.manifest[field]) ?? '');

  private key(path: string, inputs: PageInputs): string {
    const files = inputs.files.flatMap((file) => [file, this.data.hashes.get(file) ?? 'missing']);
    const manifest = inputs.manifest.flatMap((field) => [field, this.fieldJson(field)]);
    return digest(this.version, path, String(inputs.files.length), ...files, ...manifest);
  }

  /**
   * The key the page was stored under, when nothing its last render read has changed since
   * (whether or not the entry is still there), or the key `put` stored it under in this build.
   */
  keyOf(path: string): string | null {
    return this.storedKey(path);
  }

  /** Keeps the page as rendered before, unread: its output file is the old one's (out-dir.ts). */
  keep(path: string): true {
    this.hits++;
    this.storedKey(path);
    this.current.set(path, this.index.pages[path]!);
    return true;
  }

  /** The pack `pack`, this build's own or one read from; null when it cannot be read. */
  private packFile(pack: number): TextFile | null {
    if (pack === this.writer?.pack) return this.writer.file;
    let file = this.readers.get(pack);
    if (file === undefined) this.readers.set(pack, (file = TextFile.read(join(this.dir, 'pages', this.packs[pack]!))));
    return file;
  }

  /** The place of the page's entry, when nothing it read has changed since it was stored and its pack is there. */
  private placeOf(path: string): Place | null {
    const key = this.storedKey(path);
    const place = key === null ? undefined : this.places.get(key);
    return place && this.packFile(place[0]) !== null ? place : null;
  }

  /** Whether the page as rendered before can be used: nothing it read has changed since. */
  has(path: string): boolean {
    return this.placeOf(path) !== null;
  }

  /** An entry's bytes, or null when its pack is shorter than the index says (cut short) or cannot be read. */
  private entry([pack, offset, length]: Place): Buffer | null {
    const file = this.packFile(pack);
    if (!file) return null;
    try {
      const bytes = Buffer.allocUnsafe(length);
      file.readInto({ start: offset, end: offset + length }, bytes, 0);
      return bytes;
    } catch {
      return null;
    }
  }

  /** The page as rendered before, if nothing it read has changed since and its entry is whole. */
  get(path: string): PreparedPage | null {
    const place = this.placeOf(path);
    const entry = place && this.entry(place);
    const page = entry && readPage(entry);
    if (!page) return null;
    this.hits++;
    this.current.set(path, this.index.pages[path]!);
    return page;
  }

  /** Appends an entry's pieces to this build's pack (a TextFile, which writes a megabyte at a time); returns its place. */
  private append(pieces: Uint8Array[]): Place {
    if (!this.writer) {
      const name = `${process.pid}-${Date.now().toString(36)}-${packsMade++}.pack`;
      this.packs.push(name);
      this.writer = { pack: this.packs.length - 1, file: TextFile.create(join(this.dir, 'pages', name)) };
    }
    const { pack, file } = this.writer;
    const start = file.bytes;
    for (const piece of pieces) file.appendBytes(piece);
    return [pack, start, file.bytes - start];
  }

  /** Keeps a freshly rendered page with the inputs its render read; returns its key. */
  put(path: string, inputs: PageInputs, page: PreparedPage): string {
    const key = this.key(path, inputs);
    const size = page.html.length + page.routerData.length;
    const header: PageHeader = { head: page.head, html: page.html.length, size, digest: bodyDigest(page.html, page.routerData) };
    // An entry cut short (a build killed while writing it) fails its digest and is never
    // used (readPage); the index naming it is written only once the build is done.
    this.places.set(key, this.append([Buffer.from(`${JSON.stringify(header)}\n`), page.html, page.routerData]));
    this.current.set(path, this.stored(path, inputs));
    this.keys.set(path, key);
    return key;
  }

  /**
   * Writes the index of this build's pages, with their places, and removes every pack that
   * holds none of them. A pack of which this build uses less than `LIVE_SHARE` first has
   * those entries copied into this build's own.
   */
  save(): void {
    const live = new Map<string, Place>();
    for (const path of this.current.keys()) {
      const key = this.keys.get(path)!;
      const place = this.places.get(key);
      if (place) live.set(key, place);
    }
    const used = new Map<number, number>();
    for (const [pack, , length] of live.values()) used.set(pack, (used.get(pack) ?? 0) + length);
    const own = this.writer?.pack;
    for (const [pack, bytes] of used) {
      if (pack === own) continue;
      let size: number;
      try {
        size = statSync(join(this.dir, 'pages', this.packs[pack]!)).size;
      } catch {
        continue;
      }
      if (bytes >= size * LIVE_SHARE) continue;
      for (const [key, place] of live) {
        if (place[0] !== pack) continue;
        const entry = this.entry(place);
        if (entry) live.set(key, this.append([entry]));
        else live.delete(key);
      }
      used.delete(pack);
    }
    if (this.writer) used.set(this.writer.pack, this.writer.file.bytes);
    // Packs renumbered: the index names only those still used.
    const kept = [...used.keys()].sort((a, b) => a - b);
    const number = new Map(kept.map((pack, i) => [pack, i]));
    const places = new Map<string, Place>();
    for (const [key, [pack, offset, length]] of live) places.set(key, [number.get(pack)!, offset, length]);
    this.close();
    // Every page of this build, stored or not: one linked from the old output unread keeps
    // its key, and so its output file, whether or not its entry is still there (keyOf).
    // The Maps are written as the objects PageIndex holds (jsonPieces).
    writeJson(join(this.dir, 'pages.json'), { version: this.version, pages: this.current, packs: kept.map((pack) => this.packs[pack]!), places });
    const names = new Set(kept.map((pack) => this.packs[pack]!));
    for (const name of readdirSync(join(this.dir, 'pages'))) if (!names.has(name)) rmSync(join(this.dir, 'pages', name), { force: true });
  }

  /** Closes the packs this build opened. */
  close(): void {
    for (const file of this.readers.values()) file?.close();
    this.readers.clear();
    this.writer?.file.close();
    this.writer = null;
  }
}
