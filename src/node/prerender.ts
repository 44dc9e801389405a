import { NOT_FOUND_FILE, publicPath, type PageFormat } from '../content/contracts.ts';
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
 * Milliseconds to put a page together and write it, and to render one (a list page takes
 * about 4, an article 1), as measured on the Reuters corpus: they set the helper's share.
 */
const ASSEMBLE_MS = 0.06;
const RENDER_MS = 3.5;

interface PrerenderOptions {
  base: string;
  /** Writes the files of the output folder, by their paths there, or links an old output's. */
  out: Pick<OutputWriter, 'write' | 'reuse'>;
  /** The built index.html, with its asset tags. */
  template: string;
  /** The data files the pages are rendered from, */
  data: BuiltData;
  /** and the folders a worker thread reads them from, in turn: where they are written, then where a rebuild left them in place (OutputWriter.sources). */
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

/** A renderer on this thread, reading the site's data files from memory. */
export function mainRenderer(base: string, server: string | Promise<string>, data: BuiltData): PageRenderer {
  return pageRenderer({ base, dir: server, manifest: data.manifest, read: async (file) => data.files.get(file) ?? null });
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
  prepare(data: BuiltData): void {
    if (this.renderer) return;
    this.helper.prepare(data.manifest).catch(() => undefined);
    this.renderer = mainRenderer(this.base, this.server, data);
    this.renderer.start().catch(() => undefined);
  }

  close(): Promise<unknown> {
    return this.helper.close();
  }
}

/**
 * Renders every route of the site to its own HTML file, with the same code the browser
 * runs. Pages whose inputs have not changed come from the cache; the rest are rendered,
 * when there are many, partly in the helper thread while this one puts pages together.
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
  const keep = ({ path, page, inputs, stamp, missing }: Rendered) => {
    // A file of this build that a render could not read would make its page a "not found" one, silently.
    const lost = missing.find((file) => data.files.has(file));
    if (lost) throw new Error(`${path}: the data file ${lost} was not found where the build wrote it`);
    const fields = inputs.manifest;
    const prepared = preparePage(
      page,
      `${base}${path}`,
      { files: inputs.files, stamp },
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
  // Made when first needed: a cache entry found torn is rendered here too.
  let ownRenderer: PageRenderer | null = null;
  const render = (path: string) => (renderer ?? (ownRenderer ??= mainRenderer(base, server, data))).render(path);
  const ownHelper = helper !== undefined || !many ? null : buildHelper(base, server);
  const help = helper ?? ownHelper;
  // The helper's share balances the two threads: this one also puts every page together.
  const share = Math.min(0.8, 0.5 + (pages.length * ASSEMBLE_MS) / (2 * missing.length * RENDER_MS));
  // Spread evenly, since list pages take longer than articles.
  const toHelper = new Set(help && many ? missing.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share)) : []);
  try {
    if (ownHelper) void ownHelper.prepare(data.manifest).catch(() => undefined);
    const helped = toHelper.size > 0 ? help!.render({ dataDirs, paths: [...toHelper] }, (batch) => batch.forEach(keep)) : undefined;
    const rendered = new Set(missing);
    const torn: string[] = [];
    for (const { path } of pages) {
      if (rendered.has(path) || unchanged.has(path)) continue;
      const page = cache?.get(path);
      if (page) emit(path, page, cache!.keyOf(path));
      else torn.push(path);
    }
    for (const path of [...missing.filter((path) => !toHelper.has(path)), ...torn]) keep(await render(path));
    await helped;
  } finally {
    await ownHelper?.close();
  }
}
