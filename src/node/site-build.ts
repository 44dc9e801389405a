// One site's build: its options, the settings resolved from them, the seeds, the site's
// data, the cache and the renderers, and the steps a Vite build or dev server takes through
// them. The plugins of site-plugins.ts drive it; each step says which hook calls it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Logger, ResolvedConfig, Rollup, UserConfig } from 'vite';
import { parseSeedFile, type SeedCollection } from '../content/seeds/collect-seeds.ts';
import type { Article, SeedProblem } from '../content/seeds/article.ts';
import { articleRoute, dataFolder, DATA_ROOT, routeFile } from '../content/contracts.ts';
import { formatProblems } from '../content/seeds/problems.ts';
import { palettesOf, publicSite, resolveSiteConfig, type SiteConfig, type SiteOptions } from '../content/publishing/site-config.ts';
import { fontCss } from '../content/publishing/site-fonts.ts';
import { paletteCss } from '../content/publishing/theme.ts';
import { archiveModuleSource } from './archive-module.ts';
import { BuildCache, recordedFiles } from './build-cache.ts';
import { buildSummary } from './build-summary.ts';
import { publicFileErrors, refusals } from './check-site.ts';
import { writeImages } from './image-files.ts';
import { resolveImages, type ImageSource, type ResolvedImages } from './images.ts';
import { makeFoldersFor, OutputWriter, type Written } from './out-dir.ts';
import { EarlyRenderers, HELPER_MIN_PAGES } from './prerender.ts';
import { readFound, readSeedFilesAhead, readSeedFolder, type FoundSeed, type SeedFilesRead } from './read-seed-folder.ts';
import { APP_ROOT, buildServerBundle, type ServerBundle } from './server-bundle.ts';
import { isShellFile } from './shell-files.ts';
import { siteIcons } from './site-icons.ts';
import { buildData, type BuiltData } from './built-data.ts';
import { describePublish, publish, recoverPublish } from './publish.ts';
import { listOutput, outputUnlisted } from './output-list.ts';
import { discardStaging, misplacedSeeds, prepareStaging, stagingPlan, swapIn, type Staging } from './staging.ts';
import { writeDataFiles, writeSite } from './write-site.ts';
import { collectGarbage } from './heap.ts';
import { ArticleStore, plainArticle } from './held-article.ts';

/** Options of a site's build (sitePlugins and newsArchive take them). */
export interface SiteBuildOptions {
  /** The seed folder, relative to the project root; without it, `SEEDS_DIR` from the environment, else `seeds`. */
  dir?: string;
  /** The publisher's settings (src/content/publishing/site-config.ts); SITE_URL from the environment overrides `siteUrl`. */
  site?: SiteOptions;
  /**
   * Where a build keeps parsed seeds and rendered pages for the next one, relative to the
   * project root (default `node_modules/.cache/news-archive`); `false`, or `SEEDS_CACHE=off`
   * in the environment, for none.
   */
  cacheDir?: string | false;
}

/** Where canonical links, the feed and the sitemap point when SITE_URL is not set. */
const DEFAULT_SITE_URL = 'http://localhost:4173';

type Reporter = Pick<Rollup.PluginContext, 'error' | 'warn'>;

/** What the end of a build needs of the seeds: the pages are rendered from the data files as written. */
interface Listed {
  /** Each article's id and date, newest first: its page and its sitemap entry. */
  pages: Pick<Article, 'id' | 'date'>[];
  /** The newest articles in full, for the feed. */
  feed: Article[];
  problems: SeedProblem[];
  images: Map<string, ImageSource>;
}

export class SiteBuild {
  /** The publisher's settings, resolved once (wrong ones stop the build at `resolve`). */
  readonly config: SiteConfig;
  private readonly settings: { errors: string[]; warnings: string[] };
  /** The seed folder, the base path and the public folder, once Vite's config is resolved. */
  dir = '';
  base = '/';
  private root = '';
  private publicDir = '';
  private isBuild = false;
  private logger: Logger | null = null;
  private outDir = '';
  /** The output folder and the staging folder the build writes into, beside it; none outside a build. */
  private staging: Staging | null = null;
  /** Whether the new output replaces the old one whole (Vite empties an output folder inside the project, or when told to). */
  private replacesOutput = true;

  // One build's state, from `load` on.
  private started = 0;
  /** This build's cache; none without one. */
  private cache: BuildCache | null = null;
  private seeds: SeedCollection | null = null;
  /** What holds the seeds' text (held-article.ts): a new one whenever the seeds are read again, and once a build lets them go. */
  private store = new ArticleStore();
  /** The seeds' images, read and measured; `seeds` is then the collection with every picture filled in. */
  private images: Promise<ResolvedImages> | null = null;
  private data: Promise<BuiltData> | null = null;
  /** The app built for the prerender, from the build's start; removed when the build ends. */
  private server: Promise<ServerBundle> | null = null;
  /** For a large archive, the prerender's renderers; a build must close them, or the process never ends. */
  private renderers: EarlyRenderers | null = null;
  /** The files the build wrote and their sizes, for the build record and the summary. */
  private written: Written = { files: [], sizes: new Map(), stamps: {}, folders: new Set(), kept: new Set() };
  /** Whether this build wrote the whole site into the staging folder. */
  private complete = false;
  /** The folders of the articles' pages, being made in the staging folder from `load` on (out-dir.ts). */
  private pageFolders: Promise<string[]> | null = null;
  /** Whether the old output is updated in place (publish.ts) rather than replaced by a whole new tree. */
  private inPlace = false;
  /** What writes into the staging folder, from `load` on: the data files go there as soon as they are made. */
  private out: OutputWriter | null = null;
  /** The old output this build replaces, if there is one (known at `load`, once a killed publish is rolled back). */
  private previousDir: string | null = null;
  /** In a build, once the data files are written: what is left of the seeds (the seeds themselves are let go). */
  private listed: Listed | null = null;
  /** The seed folder as read ahead in a build (readSeedFilesAhead); let go once the seeds are parsed. */
  private seedsRead: SeedFilesRead | undefined;
  /** The old output's entries, being listed when no list of its files is kept (publish.ts); null when they need not be. */
  private outputListing: Promise<string[]> | null = null;
  /** The old output's files that are not as the build record has them (BuildCache.touched); null when they were not looked at ahead. */
  private touched: ReadonlySet<string> | null = null;

  constructor(private readonly options: SiteBuildOptions = {}) {
    const { config, errors, warnings } = resolveSiteConfig(options.site, process.env);
    this.config = config;
    this.settings = { errors, warnings };
  }

  /** The `config` hook: a build writes into a staging folder beside the output folder (staging.ts), swapped in when the site is complete. */
  configure(user: UserConfig, command: 'build' | 'serve'): UserConfig | undefined {
    const plan = command === 'build' && !user.build?.ssr ? stagingPlan(resolve(user.root ?? process.cwd()), user.build) : null;
    this.staging = plan?.staging ?? null;
    this.replacesOutput = plan?.replacesOutput ?? true;
    // Vite and the service worker's build write into the staging folder too.
    return plan ? { build: { outDir: plan.staging.next, emptyOutDir: false } } : undefined;
  }

  /** The `configResolved` hook: where things are, and the settings checked against the public folder. */
  resolve(resolved: ResolvedConfig): void {
    this.root = resolved.root;
    this.dir = resolve(resolved.root, this.options.dir ?? (process.env.SEEDS_DIR || 'seeds'));
    this.base = resolved.base;
    this.isBuild = resolved.command === 'build';
    this.logger = resolved.logger;
    this.outDir = this.staging?.target ?? resolve(resolved.root, resolved.build.outDir);
    this.publicDir = resolved.publicDir;
    for (const warning of this.settings.warnings) resolved.logger.warn(warning);
    const errors = [...this.settings.errors, ...publicFileErrors(this.config, resolved.publicDir)];
    if (errors.length > 0)
      throw new Error(`The publisher settings (site.config.ts, given to newsArchive({ site })) are wrong:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }

  /** The seed folder as the user named it, for messages. */
  folder(): string {
    return relative(process.cwd(), this.dir) || '.';
  }

  // What of the publisher's settings shapes parsing: reading speed, and the language whose quotes the text is set with.
  private seedOptions() {
    return { readingSpeed: this.config.readingSpeed, language: this.config.language };
  }

  /** The seeds, read once per build (or per change, in the dev server). */
  loadSeeds(): SeedCollection {
    if (this.listed) throw new Error('The seeds were let go once the data files were written: use what is listed of them.');
    if (this.seeds) return this.seeds;
    const options = this.seedOptions();
    const parse = this.cache?.seeds.parse ?? ((file: FoundSeed) => this.store.holdParsed(parseSeedFile(readFound(file), options)));
    return (this.seeds = readSeedFolder(this.dir, options, parse, this.seedsRead));
  }

  /** The seeds' images, read and measured. */
  loadImages(): Promise<ResolvedImages> {
    if (this.images) return this.images;
    const loading = resolveImages(this.loadSeeds(), { seedDir: this.dir, publicDir: this.publicDir }, this.cache?.images).then(({ seeds, images }) => {
      // An article with pictures comes back as a new object, its blocks plain again.
      const resolved = { seeds: { ...seeds, articles: seeds.articles.map(this.store.hold) }, images };
      // Seeds read again meanwhile (the dev server saw a change) are not overwritten with these.
      if (this.images === loading) this.seeds = resolved.seeds;
      return resolved;
    });
    return (this.images = loading);
  }

  /** The site's data: manifest, data files and their hashes. */
  loadData(): Promise<BuiltData> {
    const deflated = this.cache?.deflated;
    return (this.data ??= buildData(
      this.loadSeeds(),
      this.config.articlesPerPage,
      this.cache?.seeds.termsOf,
      collectGarbage,
      deflated && ((text) => deflated.deflate(text)),
    ));
  }

  /** After a seed changed (dev server): everything is worked out again when next asked for. */
  forget(): void {
    this.seeds = null;
    this.images = null;
    this.data = null;
    // The old store goes with the articles it holds, its file with it.
    this.store = new ArticleStore();
  }

  /**
   * The `buildStart` hook. In a build, everything is checked before the output is touched:
   * the folders, then every seed. Then the staging folder is made beside it (and removed
   * again if the names of the files the site would write are refused), the articles' page
   * folders are made in it while the site's data is worked out, the app is built for the
   * prerender while the browser's bundle is, and the data files are written into it.
   */
  async load(reporter: Reporter): Promise<void> {
    this.started = performance.now();
    this.cache = null;
    this.forget();
    this.complete = false;
    this.pageFolders = null;
    this.inPlace = false;
    this.out = null;
    this.previousDir = null;
    this.listed = null;
    this.touched = null;
    this.outputListing = null;
    this.seedsRead = undefined;
    if (!this.isBuild) return;
    if (this.options.cacheDir !== false && process.env.SEEDS_CACHE !== 'off') {
      const cacheDir = resolve(this.root, this.options.cacheDir ?? 'node_modules/.cache/news-archive');
      this.cache = new BuildCache({
        cacheDir,
        seedDir: this.dir,
        outDir: this.outDir,
        appRoot: APP_ROOT,
        seedOptions: this.seedOptions(),
        hold: this.store.holdParsed,
      });
    }
    // The seed files are looked at on another thread while this one reads the cache: read
    // there too, unless the cache holds entries, which know most files by their stamps
    // (then only a changed file is read, when it is parsed).
    const seedsRead = readSeedFilesAhead(this.dir, this.cache?.seeds.holdsEntries() ? 0 : undefined);
    this.cache?.seeds.load();
    // A thread that could not read them leaves them to be read here.
    this.seedsRead = await seedsRead.catch(() => undefined);
    const staging = this.staging;
    // A build killed while publishing in place left the output half updated: whatever this
    // build comes to, the output is first the last good one again.
    if (staging) recoverPublish(staging);
    // A publish in place with no list of the old output's files (the first after a swap) would
    // walk it whole at the end: it is listed meanwhile, on another thread.
    if (staging && this.replacesOutput && outputUnlisted(staging)) {
      this.outputListing = listOutput(staging.target);
      this.outputListing.catch(() => undefined);
    }
    this.previousDir = staging && existsSync(staging.target) ? staging.target : null;
    const misplaced = staging && misplacedSeeds(staging, this.dir, this.folder());
    if (misplaced) reporter.error(misplaced);
    const resolved = await this.loadImages();
    this.seedsRead = undefined;
    const { articles, problems } = resolved.seeds;
    const prepared = staging && !problems.some((p) => p.severity === 'error');
    if (prepared) {
      prepareStaging(staging);
      // A rebuild writes only what changed (an output Vite would not empty keeps the whole-tree
      // swap, which carries over what other tools put there).
      this.inPlace = this.replacesOutput && this.previousDir !== null;
      if (!this.inPlace) {
        // The articles' page folders are made while the site's data is worked out.
        const folders = makeFoldersFor(
          staging.next,
          articles.map((a) => routeFile(articleRoute(a.id), this.config.pageFormat)),
        );
        folders.catch(() => undefined);
        this.pageFolders = folders;
      }
    }
    const refused = await refusals(this.loadSeeds(), () => this.loadData());
    const all = [...problems, ...refused.filter((p) => !problems.includes(p))];
    if (refused.length > 0) reporter.error(`\n${formatProblems(all, this.folder())}\nFix the seeds above and build again.`);
    if (problems.length > 0) reporter.warn(`\n${formatProblems(problems, this.folder())}`);
    // Saved once the site's data is made, the last to ask it for terms, rather than at the
    // end: what it holds is right whatever becomes of this build, and its entries are let go
    // before the old output's record is read and the data files are written, where a rebuild
    // peaked (at 250,000 articles, 1,540-1,618 MB at the mark after the data files were
    // written; 1,438-1,492 MB since).
    if (prepared) this.cache?.seeds.save();
    this.server = buildServerBundle({ base: this.base, site: publicSite(this.config) });
    // A failure shows where the bundle is used, at the first page rendered.
    this.server.catch(() => undefined);
    if (articles.length >= HELPER_MIN_PAGES) this.renderers = new EarlyRenderers(this.base, serverDir(this.server));
    if (prepared) {
      // The data files are written now, while the app is bundled for the prerender, and
      // the texts held for them (the lists' and the index's) dropped and collected at once.
      // Held until the browser's bundle was written, they and the garbage beside them made
      // the build's peak.
      // Where the thread looking at the old output failed, each file is looked at when linked.
      this.touched = (await this.cache?.touched?.catch(() => null)) ?? null;
      this.out = this.writerFor(staging.next);
      writeDataFiles(this.out, await this.loadData(), this.previousDataPath());
      this.letSeedsGo(resolved);
      collectGarbage();
    }
  }

  /**
   * Once the data files are written, the pages are rendered from them, and the rest of the
   * build needs of the articles only each one's id and date, and the newest in full for the
   * feed. The parsed seeds (118 MB at 50,000 articles) are let go; the seed cache, which
   * held them too, was saved once the site's data was made.
   */
  private letSeedsGo({ seeds, images }: ResolvedImages): void {
    this.listed = listing(seeds, images, this.config.feed.size);
    this.seeds = null;
    this.images = null;
    this.store = new ArticleStore();
  }

  /** What is listed of the seeds: in a build, once they were let go; otherwise from the seeds themselves. */
  private async listedSeeds(): Promise<Listed> {
    if (this.listed) return this.listed;
    const { seeds, images } = await this.loadImages();
    return listing(seeds, images, this.config.feed.size);
  }

  /** The data folder of the old output, if known. */
  private previousDataPath(): string | undefined {
    const previousDir = this.previousDir;
    return previousDir ? (this.cache?.previous?.dataPath ?? onlyDataFolder(previousDir)) : undefined;
  }

  /** A writer into `outputDir`, over the old output (in place, when this build publishes so and writes into the staging folder). */
  private writerFor(outputDir: string): OutputWriter {
    const previousDir = this.previousDir;
    const inPlace = this.inPlace && previousDir !== null && outputDir === this.staging?.next;
    return new OutputWriter(outputDir, previousDir, previousDir ? this.cache?.previous?.stamps : undefined, inPlace, this.touched);
  }

  /** The source of `virtual:archive` for the browser's bundle; in a build, the renderers start loading the app meanwhile. */
  async archiveModule(): Promise<string> {
    const site = publicSite(this.config);
    if (this.isBuild) {
      // A build's bundle reads the manifest from its file; the seeds may be let go by now.
      if (!this.listed) await this.loadImages();
      this.renderers?.prepare(await this.loadData());
      return archiveModuleSource(null, [], site);
    }
    await this.loadImages();
    return archiveModuleSource((await this.loadData()).manifest, this.loadSeeds().problems, site);
  }

  /** The source of `virtual:site-theme.css`: the light theme's accent, the publisher's colours of each theme, and their fonts. */
  themeModule(): string {
    const config = this.config;
    return `:root { --site-accent: ${config.accentColor}; }\n${paletteCss(palettesOf(config))}${fontCss(config.fonts, this.base)}`;
  }

  /** The `writeBundle` hook: the data files, pages, images and icons, beside the bundle in `outputDir`. */
  async write(reporter: Reporter, outputDir: string, template: string | null): Promise<void> {
    const config = this.config;
    if (!config.siteUrl)
      reporter.warn(
        `No public URL is set: canonical links, the feed and the sitemap point at ${DEFAULT_SITE_URL}. Set siteUrl in site.config.ts, or build with SITE_URL=https://your.site`,
      );
    if (!this.server) throw new Error('The server bundle was not built: the build did not start through `load`.');
    const data = await this.loadData();
    const listed = await this.listedSeeds();
    const cache = this.cache;
    // The writer that wrote the data files, unless Vite writes elsewhere than the build told it to.
    const out = this.out?.outDir === outputDir ? this.out : this.writerFor(outputDir);
    if (this.pageFolders && outputDir === this.staging?.next) out.adopt(await this.pageFolders);
    await writeSite({
      out,
      previousDataPath: this.previousDataPath(),
      cache: cache?.pagesFor(data, this.base, publicSite(config)),
      base: this.base,
      siteRoot: new URL(this.base, config.siteUrl || DEFAULT_SITE_URL).href,
      config,
      articles: listed.pages,
      feed: listed.feed,
      data,
      template,
      server: serverDir(this.server),
      renderer: this.renderers?.renderer ?? undefined,
      helper: this.renderers?.helper ?? null,
    });
    const encoded = await writeImages(out, listed.images, cache?.images);
    if (encoded > 0) this.logger?.info(`encoded ${encoded} image file${encoded === 1 ? '' : 's'}`);
    if (config.icon)
      for (const [file, bytes] of await siteIcons(readFileSync(join(this.publicDir, config.icon)), palettesOf(config).light.paper)) out.write(file, bytes);
    await this.stopRenderers();
    if (out.inPlace) out.linkKept(isShellFile);
    this.written = out.finish();
    this.complete = true;
  }

  /** The `buildEnd` hook, when the bundle failed: nothing of this build is kept. */
  async fail(): Promise<void> {
    await this.stopRenderers();
    if (this.staging) await this.discard(this.staging);
  }

  /** Removes the staging folder, once no folder or link is being made in it. */
  private async discard(staging: Staging): Promise<void> {
    this.cache?.close();
    await this.pageFolders?.catch(() => undefined);
    await this.out?.linked().catch(() => undefined);
    discardStaging(staging);
  }

  /**
   * The `closeBundle` hook, last of all (after the service worker is written): a complete
   * site is swapped in for the old output, and the cache keeps what this build worked out.
   */
  async close(error?: Error): Promise<void> {
    await this.stopRenderers();
    const staging = this.staging;
    if (!this.isBuild || !staging) return;
    // A failed build leaves the old output as it was; its own error is what the user must see.
    const seeds = this.listed ? { articles: this.listed.pages, problems: this.listed.problems } : this.seeds;
    if (error || !this.complete || !seeds || seeds.problems.some((p) => p.severity === 'error')) return this.discard(staging);
    // What the prerender left behind is collected before publishing and saving the cache make
    // sets and lists of every file of the site (540,000 at 250,000 articles): on top of that
    // garbage they were the build's peak there (1,628-1,685 MB; after it, 1,543-1,579 MB,
    // reached in the prerender).
    collectGarbage();
    // In a folder Vite does not empty, a file the last build did not write is someone else's.
    const record = this.replacesOutput ? undefined : this.cache?.previous;
    const lastWrote = record ? new Set(recordedFiles(record)) : null;
    const keep = { entries: ['.git'], file: this.replacesOutput ? undefined : (path: string) => !lastWrote?.has(path) };
    let published = '';
    let listed: ReadonlySet<string> | undefined;
    if (this.inPlace) {
      const { files, kept } = this.written;
      // A listing that failed leaves the publish to walk the output itself.
      const listing = (await this.outputListing?.catch(() => null)) ?? null;
      const plan = publish(staging, { kept, written: new Set(files.filter((path) => !kept.has(path))) }, keep, undefined, listing);
      listed = plan?.files;
      published = `; ${describePublish(plan)}`;
    } else swapIn(staging, keep);
    const data = await this.data;
    const reused =
      this.cache && data ? `; ${this.cache.save({ files: this.written.files, dataPath: data.manifest.dataPath, stamps: this.written.stamps })}` : '';
    this.logger?.info(buildSummary(seeds, this.outDir, performance.now() - this.started, this.written, listed) + reused + published);
  }

  private async stopRenderers(): Promise<void> {
    const stopping = this.renderers?.close();
    const bundle = this.server;
    this.renderers = null;
    this.server = null;
    await stopping;
    (await bundle?.catch(() => null))?.remove();
  }
}

const serverDir = (bundle: Promise<ServerBundle>) => bundle.then(({ dir }) => dir);

/** The data folder of an output folder, when it has exactly one (the build record is the surer guide, when there is a cache). */
function onlyDataFolder(outDir: string): string | undefined {
  try {
    const folders = readdirSync(join(outDir, DATA_ROOT));
    return folders.length === 1 ? dataFolder(folders[0]!) : undefined;
  } catch {
    return undefined;
  }
}

/** What is listed of the seeds for the end of a build (see `Listed`). */
function listing({ articles, problems }: SeedCollection, images: Map<string, ImageSource>, feedSize: number): Listed {
  // The feed's articles as plain objects: held ones would keep their store, and its file, to the end.
  const feed = articles.slice(0, feedSize).map(plainArticle);
  return { pages: articles.map(({ id, date }) => ({ id, date })), feed, problems, images };
}
