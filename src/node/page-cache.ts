import { existsSync, mkdirSync, opendirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveManifest } from '../content/archive/model.ts';
import type { PageHead } from '../content/publishing/page-head.ts';
import { memoize } from '../content/memo.ts';
import { digest, readJson, writeJson } from './cache-files.ts';
import type { PreparedPage } from './page-assembly.ts';
import type { BuiltData } from './built-data.ts';
import { removeInBackground } from './staging.ts';

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

interface PageIndex {
  version: string;
  pages: Record<string, StoredInputs>;
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

/**
 * A stored page, or null when it is missing, unreadable, cut short or otherwise not what
 * was written (then the page is rendered again): a torn entry never reaches the output.
 */
function readPage(file: string): PreparedPage | null {
  try {
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<PageHeader>;
    const body = bytes.subarray(newline + 1);
    const { head, html, size } = header;
    if (!head || typeof html !== 'number' || size !== body.length || html > size || header.digest !== digest(body)) return null;
    return { head, html: body.subarray(0, html), routerData: body.subarray(html) };
  } catch {
    return null;
  }
}

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
  hits = 0;

  /** `version` stands for everything a render depends on beyond its inputs: the code, base path and publisher's settings. */
  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly data: BuiltData,
  ) {
    const stored = readJson<PageIndex>(join(dir, 'pages.json'));
    this.index = stored?.version === version && typeof stored.pages === 'object' && stored.pages !== null ? stored : { version, pages: {} };
    if (this.index !== stored) setAside(dir);
    for (const [path, text] of Object.entries(this.index.pages)) {
      // A cache that cannot be read is an empty cache, entry by entry.
      if (typeof text === 'string' && this.parsed(text)) this.index.pages[path] = this.shared(text);
      else delete this.index.pages[path];
    }
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

  /** Whether the page as rendered before can be used: nothing it read has changed since. */
  has(path: string): boolean {
    const key = this.storedKey(path);
    return key !== null && existsSync(join(this.dir, 'pages', key));
  }

  /** The page as rendered before, if nothing it read has changed since and its entry is whole. */
  get(path: string): PreparedPage | null {
    const key = this.storedKey(path);
    const page = key === null ? null : readPage(join(this.dir, 'pages', key));
    if (!page) return null;
    this.hits++;
    this.current.set(path, this.index.pages[path]!);
    return page;
  }

  /** Keeps a freshly rendered page with the inputs its render read; returns its key. */
  put(path: string, inputs: PageInputs, page: PreparedPage): string {
    const key = this.key(path, inputs);
    const body = Buffer.concat([page.html, page.routerData]);
    const header: PageHeader = { head: page.head, html: page.html.length, size: body.length, digest: digest(body) };
    // Written in place, not to a temporary file renamed over it: an entry cut short (a build
    // killed while writing it) fails its digest and is never used (readPage). Storing a
    // clean Reuters build's 19,040 pages took 2.65 s of its main thread with a mkdir, a
    // temporary file and a rename for each, 2.13 s without (one profile each).
    writeFileSync(join(this.dir, 'pages', key), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
    this.current.set(path, this.stored(path, inputs));
    this.keys.set(path, key);
    return key;
  }

  /** Writes the index of this build's pages and removes every stored page this build did not use. */
  save(): void {
    // The Map is written as the object PageIndex.pages is (jsonPieces).
    writeJson(join(this.dir, 'pages.json'), { version: this.version, pages: this.current });
    const kept = new Set<string>();
    for (const path of this.current.keys()) kept.add(this.keys.get(path)!);
    // Read a few entries at a time: at 250,000 articles, the folder holds 260,000 pages.
    const pages = opendirSync(join(this.dir, 'pages'));
    try {
      for (let entry = pages.readSync(); entry; entry = pages.readSync()) {
        if (!kept.has(entry.name)) rmSync(join(this.dir, 'pages', entry.name), { force: true });
      }
    } finally {
      pages.closeSync();
    }
  }
}
