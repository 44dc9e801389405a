import { articlePageId, dataFiles, NOT_FOUND_FILE, publicPath, type PageFormat } from '../content/contracts.ts';
import type { ArticleAt } from '../content/archive/article-pack.ts';
import type { PublicSite } from '../content/publishing/site-config.ts';
import { manifestStamp, type ArchiveManifest } from '../content/archive/model.ts';
import { memoize } from '../content/memo.ts';
import { digest } from './cache-files.ts';
import type { OutputWriter } from './out-dir.ts';
import { pageAssembler, preparePage, type PreparedPage } from './page-assembly.ts';
import type { PageCache } from './page-cache.ts';
import { buildHelper, type BuildHelper } from './build-helper.ts';
import { pageRenderer, type PageRenderer, type Rendered } from './page-renderer.ts';
import type { RoutePage } from './route-pages.ts';
import type { BuiltData } from './built-data.ts';

/** Below this many pages to render, a helper thread would take longer to start than it saves. */
export const HELPER_MIN_PAGES = 200;
/**
 * Pages the helper thread is sent at a time, two such jobs in flight: the two threads take
 * pages from one queue until it is empty, so neither waits for the other at the end, and
 * the pages the helper rendered never pile up unread.
 */
const HELPER_CHUNK = 50;

interface PrerenderOptions {
  base: string;
  /** Writes the files of the output folder, by their paths there, or links an old output's. */
  out: Pick<OutputWriter, 'write' | 'reuse'>;
  /** The built index.html, with its asset tags. */
  template: string;
  /** The site's data: its manifest, and the names and hashes of its data files, */
  data: Pick<BuiltData, 'manifest' | 'hashes' | 'places'>;
  /** which the renderers read from these folders, in turn: where they are written, then where a rebuild left them in place (OutputWriter.sources). */
  dataDirs: readonly string[];
  pages: readonly RoutePage[];
  /** The site's public root URL, ending in `/` (SITE_URL joined with the base). */
  siteRoot: string;
  /** How pages are written, and so the address a page names as its own (SiteConfig.pageFormat). */
  format?: PageFormat;
  /** The publisher's settings the pages show. */
  site: PublicSite;
  /** The folder of the server bundle the pages are rendered with (server-bundle.ts), or a promise of it. */
  server: string | Promise<string>;
  /** Tags a page adds to its head beyond the ones every page has, by the page's path. */
  extraHead?: (path: string) => string;
  /** Pages rendered by earlier builds; without it every page is rendered. */
  cache?: PageCache;
  /** A renderer on this thread for this site, already started; its owner closes it. */
  renderer?: PageRenderer;
  /** The build's helper thread, prepared for this manifest (null for none); its owner closes it. Without it, one is started when there are many pages to render. */
  helper?: BuildHelper | null;
}

/**
 * The renderers of a large build, started early so both are ready when the browser's bundle
 * is: the helper thread once the server bundle is built, and one on this thread once the
 * site's data is known too.
 */
export class EarlyRenderers {
  readonly helper: BuildHelper;
  renderer: PageRenderer | null = null;

  constructor(
    private readonly base: string,
    private readonly server: Promise<string>,
  ) {
    this.helper = buildHelper(base, server);
  }

  /** Loads the app for the site's data, on both threads, while the browser's bundle is built; a failure shows at the first render. */
  prepare({ manifest }: BuiltData): void {
    if (this.renderer) return;
    this.helper.prepare(manifest).catch(() => undefined);
    this.renderer = pageRenderer({ base: this.base, dir: this.server, manifest });
    this.renderer.start().catch(() => undefined);
  }

  close(): Promise<unknown> {
    return this.helper.close();
  }
}

/**
 * Renders every route of the site to its own HTML file, with the same code the browser
 * runs. Pages whose inputs have not changed come from the cache; the rest are rendered,
 * when there are many, by the helper thread too, while this one also puts pages together.
 */
export async function prerender({
  base,
  out,
  template,
  data,
  dataDirs,
  pages,
  siteRoot,
  format = 'directory',
  site,
  server,
  extraHead,
  cache,
  renderer,
  helper,
}: PrerenderOptions): Promise<void> {
  const assemble = pageAssembler(template, siteRoot, site);
  const fileOf = new Map(pages.map(({ path, file }) => [path, file]));
  // What a page's bytes are made from beyond what its cache key covers (out-dir.ts).
  const assembly = digest(template, siteRoot, format);
  // The address a page names as its own; the 404 page has none a host answers, and keeps its name.
  const ownAddress = (path: string) => (fileOf.get(path) === NOT_FOUND_FILE ? path : publicPath(path, format));
  const stamp = (path: string, key: string | null) => (key === null ? undefined : digest(assembly, key, extraHead?.(path) ?? ''));
  const emit = (path: string, page: PreparedPage, key: string | null) =>
    out.write(fileOf.get(path)!, assemble(page, `${siteRoot}${ownAddress(path)}`, extraHead?.(path)), stamp(path, key));
  // A list page reads much of the manifest (its groups name every tag, author and section of
  // the archive): its stamp is worked out once per set of fields, not once per page.
  const stampOfFields = memoize((fields: string) => manifestStamp(data.manifest, fields.split(' ') as (keyof ArchiveManifest)[]));
  // An article's page reads its file from its record: the renderers are told where it is.
  const placesOf = (path: string): Record<string, ArticleAt> => {
    const id = articlePageId(path);
    const place = id === null ? undefined : data.places.placeOf(id);
    return place ? { [dataFiles.article(id!)]: place } : {};
  };
  const keep = ({ path, page, inputs, stamp, missing, places }: Rendered) => {
    // A file of this build that a render could not read would make its page a "not found" one, silently.
    const lost = missing.find((file) => data.hashes.has(file));
    if (lost) throw new Error(`${path}: the data file ${lost} was not found where the build wrote it`);
    const fields = inputs.manifest;
    const prepared = preparePage(
      page,
      `${base}${path}`,
      { files: inputs.files, stamp, places },
      fields.length > 0 ? { fields, stamp: stampOfFields(fields.join(' ')) } : undefined,
    );
    emit(path, prepared, cache?.put(path, inputs, prepared) ?? null);
  };
  // A page whose inputs, template and address are those of the old output's file is linked
  // to it, neither read from the cache nor put together.
  const unchanged = new Set(
    pages
      .filter(({ path, file }) => {
        const key = cache?.keyOf(path) ?? null;
        return key !== null && out.reuse(file, stamp(path, key)!) && cache!.keep(path);
      })
      .map(({ path }) => path),
  );
  const missing = pages.filter(({ path }) => !unchanged.has(path) && !cache?.has(path)).map(({ path }) => path);
  const many = missing.length >= HELPER_MIN_PAGES;
  // It loads the app at its first render, if any.
  const here = renderer ?? pageRenderer({ base, dir: server, manifest: data.manifest });
  const ownHelper = helper !== undefined || !many ? null : buildHelper(base, server);
  const help = many ? (helper ?? ownHelper) : null;
  const queue = [...missing];
  let next = 0;
  const take = (count: number) => queue.slice(next, (next = Math.min(queue.length, next + count)));
  const helping = async (helper: BuildHelper) => {
    for (let paths = take(HELPER_CHUNK); paths.length > 0; paths = take(HELPER_CHUNK))
      await helper.render({ dataDirs, paths, places: paths.map(placesOf) }, (batch) => batch.forEach(keep));
  };
  try {
    if (ownHelper) void ownHelper.prepare(data.manifest).catch(() => undefined);
    const helped = help ? Promise.all([helping(help), helping(help)]) : undefined;
    // Its failure is thrown below, once this thread is done.
    helped?.catch(() => undefined);
    const rendered = new Set(missing);
    for (const { path } of pages) {
      if (rendered.has(path) || unchanged.has(path)) continue;
      const page = cache?.get(path);
      if (page) emit(path, page, cache!.keyOf(path));
      // A torn cache entry: rendered like a missing page.
      else queue.push(path);
    }
    while (next < queue.length) {
      const path = queue[next++]!;
      keep(await here.render(path, dataDirs, placesOf(path)));
      // A render reads its files synchronously: the helper's pages and its calls for more
      // come in between two pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await helped;
  } finally {
    // A failure here leaves the helper nothing more to take.
    next = queue.length;
    await ownHelper?.close();
  }
}
