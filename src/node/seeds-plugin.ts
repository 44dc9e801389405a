import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { DATA_ROOT, dataFolder } from '../content/contracts.ts';
import { escapeXml } from '../content/escape.ts';
import { formatProblems } from '../content/problems.ts';
import { textDirection } from '../content/translator.ts';
import { palettesOf, publicSite, resolveSiteConfig, type SiteConfig, type SiteOptions } from '../content/site-config.ts';
import { fontCss, fontFiles, fontProblems } from '../content/site-fonts.ts';
import { siteIcons } from './site-icons.ts';
import { paletteCss } from '../content/theme.ts';
import { archiveModuleSource } from './archive-module.ts';
import { settingsBootScript } from '../content/reader-settings.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { refusals } from './check-site.ts';
import { buildSiteData, type SiteData } from './site-data.ts';
import { buildSummary } from './build-summary.ts';
import { writeSite } from './write-site.ts';
import { BuildCache } from './build-cache.ts';
import { OutputWriter, type Written } from './out-dir.ts';
import { discardStaging, prepareStaging, stagingFor, swapIn, type Staging } from './staging.ts';
import { EarlyRenderers, HELPER_MIN_PAGES } from './prerender.ts';
import { APP_ROOT, buildServerBundle, type ServerBundle } from './server-bundle.ts';
import { resolveImages, type ResolvedImages } from './images.ts';
import { imageResponse, writeImages } from './image-files.ts';
import { IMAGE_FOLDER } from '../content/images.ts';

/** Options of the seeds plugin. */
export interface SeedsPluginOptions {
  /** The seed folder, relative to the project root; without it, `SEEDS_DIR` from the environment, else `seeds`. */
  dir?: string;
  /** The publisher's settings (src/content/site-config.ts); SITE_URL from the environment overrides `siteUrl`. */
  site?: SiteOptions;
  /**
   * Where a build keeps parsed seeds and rendered pages for the next one, relative to the
   * project root (default `node_modules/.cache/news-archive`); `false`, or `SEEDS_CACHE=off`
   * in the environment, for none.
   */
  cacheDir?: string | false;
}

/** What the seeds plugin tells the plugins beside it. */
export interface SeedsPluginApi {
  /** The publisher's settings, resolved (meaningful only when the build goes on: wrong ones stop it in `configResolved`). */
  site: SiteConfig;
}

const MODULE = 'virtual:archive';
/** The publisher's accent colour as CSS, bundled with the app's stylesheet. */
const THEME_MODULE = 'virtual:site-theme.css';
const THEME_RESOLVED = `\0${THEME_MODULE}`;
/** Where canonical links, the feed and the sitemap point when SITE_URL is not set. */
const DEFAULT_SITE_URL = 'http://localhost:4173';
const RESOLVED = `\0${MODULE}`;

/**
 * Turns the seed folder into the site's data: `virtual:archive` (the manifest, embedded in
 * the bundle) and the list, article and search files under `data/<hash>/`, served by the dev
 * server and written by the build. A production build fails on any seed error, listing them
 * all; the dev server keeps serving the good articles and shows the problems.
 */
export function seedsPlugin(options: SeedsPluginOptions = {}): Plugin<SeedsPluginApi> {
  // Resolved once, here: the plugins beside this one (the web app manifest) read the same
  // settings through `api`, and their errors are reported once the public folder is known.
  const publisher = resolveSiteConfig(options.site, process.env);
  const config: SiteConfig = publisher.config;
  let dir = '';
  let base = '/';
  let publicDir = '';
  let isBuild = false;
  let logger: Logger | null = null;
  let outDir = '';
  let started = 0;
  /** The app built for the prerender, from the build's start; removed when the build ends. */
  let server: Promise<ServerBundle> | null = null;
  /** For a large archive, the prerender's renderers; a build must close them, or the process never ends. */
  let renderers: EarlyRenderers | null = null;
  const stopRenderers = async () => {
    const stopping = renderers?.close();
    const bundle = server;
    renderers = null;
    server = null;
    await stopping;
    (await bundle?.catch(() => null))?.remove();
  };
  /** The files the plugin wrote and their sizes, for the build record and the summary. */
  let written: Written = { files: [], sizes: new Map(), stamps: {}, folders: new Set() };
  /** What the build took from the cache, for its summary. */
  let reused = '';
  let seeds: SeedCollection | null = null;
  /** The seeds' images, read and measured; `seeds` is then the collection with every picture filled in. */
  let images: Promise<ResolvedImages> | null = null;
  let site: SiteData | null = null;
  let root = '';
  /** This build's cache; none without one. */
  let cache: BuildCache | null = null;
  /** The output folder and the staging folder the build writes into, beside it; none outside a build. */
  let staging: Staging | null = null;
  /** Whether the new output replaces the old one whole (Vite empties an output folder inside the project, or when told to). */
  let replacesOutput = true;
  /** Whether this build wrote the whole site into the staging folder. */
  let complete = false;
  // What of the publisher's settings shapes parsing: reading speed, and the language whose quotes the text is set with.
  const seedOptions = () => ({ readingSpeed: config.readingSpeed, language: config.language });
  const loadSeeds = () => (seeds ??= readSeedFolder(dir, seedOptions(), cache?.seeds.parse));
  const loadImages = () => {
    if (images) return images;
    const loading = resolveImages(loadSeeds(), { seedDir: dir, publicDir }, cache?.images).then((resolved) => {
      // Seeds read again meanwhile (the dev server saw a change) are not overwritten with these.
      if (images === loading) seeds = resolved.seeds;
      return resolved;
    });
    return (images = loading);
  };
  const loadSite = () => (site ??= buildSiteData(loadSeeds(), config.articlesPerPage, cache?.seeds.termsOf));
  const folder = () => relative(process.cwd(), dir) || '.';
  const cacheWanted = () => options.cacheDir !== false && process.env.SEEDS_CACHE !== 'off';

  return {
    name: 'news-seeds',
    api: { site: config },
    config(user, { command }) {
      staging = null;
      if (command !== 'build' || user.build?.ssr) return;
      // The build writes into a staging folder beside the output folder and swaps it in
      // only when the site is complete (staging.ts); Vite and the service worker's build
      // write there too.
      const projectRoot = resolve(user.root ?? process.cwd());
      const requested = resolve(projectRoot, user.build?.outDir ?? 'dist');
      const output = stagingFor(requested);
      // An output folder holding the project (`--outDir .` or above) is never swapped out:
      // Vite's own handling applies.
      if (contains(output.target, projectRoot)) return;
      staging = output;
      replacesOutput = user.build?.emptyOutDir ?? requested.startsWith(projectRoot + sep);
      return { build: { outDir: staging.next, emptyOutDir: false } };
    },
    // The page's language and the site's name, and the reader's stored type and theme,
    // applied before the first paint of every page.
    transformIndexHtml: (html) => ({
      html: html
        .replace(/<html lang="[^"]*">/, `<html lang="${escapeXml(config.language)}" dir="${textDirection(config.language)}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(config.title)}</title>`)
        // The browser's own bars take the page's colour, the publisher's where they set one.
        .replace(
          /(<meta name="theme-color" content=")#[0-9a-f]{6}(" media="\(prefers-color-scheme: (light|dark)\)")/g,
          (_, open: string, close: string, scheme: 'light' | 'dark') => `${open}${palettesOf(config)[scheme].paper}${close}`,
        ),
      tags: [{ tag: 'script', children: settingsBootScript(), injectTo: 'head' }],
    }),
    configResolved(resolved) {
      root = resolved.root;
      dir = resolve(resolved.root, options.dir ?? (process.env.SEEDS_DIR || 'seeds'));
      base = resolved.base;
      isBuild = resolved.command === 'build';
      logger = resolved.logger;
      outDir = staging?.target ?? resolve(resolved.root, resolved.build.outDir);
      const { config: site, warnings } = publisher;
      const errors = [...publisher.errors];
      for (const warning of warnings) resolved.logger.warn(warning);
      for (const option of ['logo', 'icon'] as const) {
        const file = site[option];
        if (typeof file === 'string' && !existsSync(join(resolved.publicDir, file)))
          errors.push(`site.${option} is ${JSON.stringify(file)}: there is no such file in ${relative(process.cwd(), resolved.publicDir) || '.'}/`);
      }
      publicDir = resolved.publicDir;
      if (fontProblems(site.fonts).length === 0)
        for (const file of fontFiles(site.fonts))
          if (!existsSync(join(resolved.publicDir, file)))
            errors.push(`site.fonts names ${JSON.stringify(file)}: there is no such file in ${relative(process.cwd(), resolved.publicDir) || '.'}/`);
      if (errors.length > 0)
        throw new Error(`The publisher settings (site.config.ts, given to seedsPlugin({ site })) are wrong:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    },
    async buildStart() {
      started = performance.now();
      reused = '';
      cache = null;
      seeds = null;
      images = null;
      site = null;
      complete = false;
      if (!isBuild) return;
      if (options.cacheDir !== false && cacheWanted()) {
        const cacheDir = resolve(root, options.cacheDir ?? 'node_modules/.cache/news-archive');
        cache = new BuildCache({ cacheDir, seedDir: dir, outDir, appRoot: APP_ROOT, seedOptions: seedOptions() });
      }
      // Everything is checked before anything is written. The output's path is a real one
      // (staging.ts); the seed folder's is made real too, so a link on either path hides nothing.
      const seedPath = existsSync(dir) ? realpathSync(dir) : dir;
      if (staging && contains(staging.target, seedPath))
        this.error(
          `The seed folder ${folder()} is inside the output folder ${relative(process.cwd(), staging.target) || '.'}, which every build replaces: move the seeds out of it.`,
        );
      // Seeds are read from subfolders too: an output inside the seed folder would be read as seeds by the next build.
      if (staging && contains(seedPath, staging.target))
        this.error(
          `The output folder ${relative(process.cwd(), staging.target) || '.'} is inside the seed folder ${folder()}, whose subfolders are read as seeds: build into a folder outside it.`,
        );
      const { articles, problems } = (await loadImages()).seeds;
      const refused = refusals(loadSeeds(), loadSite);
      const all = [...problems, ...refused.filter((p) => !problems.includes(p))];
      if (refused.length > 0) this.error(`\n${formatProblems(all, folder())}\nFix the seeds above and build again.`);
      if (problems.length > 0) this.warn(`\n${formatProblems(problems, folder())}`);
      if (staging) prepareStaging(staging);
      // Built while the browser's bundle is: the pages are rendered with it once that is written.
      server = buildServerBundle({ base, site: publicSite(config) });
      // A failure shows where the bundle is used, at the first page rendered.
      server.catch(() => undefined);
      if (articles.length >= HELPER_MIN_PAGES) renderers = new EarlyRenderers(base, serverDir(server));
    },
    resolveId(id) {
      if (id === MODULE) return RESOLVED;
      return id === THEME_MODULE ? THEME_RESOLVED : undefined;
    },
    async load(id) {
      // The light theme's accent, and the publisher's colours of each theme.
      if (id === THEME_RESOLVED) return `:root { --site-accent: ${config.accentColor}; }\n${paletteCss(palettesOf(config))}${fontCss(config.fonts, base)}`;
      if (id !== RESOLVED) return undefined;
      await loadImages();
      const data = loadSite();
      renderers?.prepare(data);
      return archiveModuleSource(data.manifest, loadSeeds().problems, publicSite(config));
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir);
      const report = async () => {
        const { problems } = (await loadImages()).seeds;
        if (problems.length > 0) server.config.logger.warn(formatProblems(problems, folder()));
      };
      void report();
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dir + sep)) return;
        seeds = null;
        images = null;
        site = null;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        void report();
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      // Any data/<hash>/ path is answered from the current seeds: a page still holding the
      // manifest of a moment ago (before the reload a seed change triggers) gets fresh data,
      // and a missing file is a 404, as on a static host, not the SPA's index.html.
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
        // The seeds' images, encoded on request.
        if (path.startsWith(`${base}${IMAGE_FOLDER}`)) {
          void loadImages()
            .then(({ images }) => imageResponse(images, path.slice(base.length)))
            .then((bytes) => {
              if (!bytes) return next();
              response.setHeader('content-type', 'image/webp');
              response.end(bytes);
            }, next);
          return;
        }
        const match = path.startsWith(`${base}${DATA_ROOT}`) ? /^[0-9a-f]+\/(.+)$/.exec(path.slice(base.length + DATA_ROOT.length)) : null;
        if (!match) return next();
        void loadImages().then(() => {
          const content = loadSite().files.get(match[1]!);
          response.statusCode = content === undefined ? 404 : 200;
          response.setHeader('content-type', 'application/json');
          response.end(content ?? '{"error":"not found"}');
        }, next);
      });
    },
    async writeBundle(output, bundle) {
      if (!config.siteUrl)
        this.warn(
          `No public URL is set: canonical links, the feed and the sitemap point at ${DEFAULT_SITE_URL}. Set siteUrl in site.config.ts, or build with SITE_URL=https://your.site`,
        );
      const shell = bundle['index.html'];
      const data = loadSite();
      const previousDir = staging && existsSync(staging.target) ? staging.target : null;
      const out = new OutputWriter(output.dir!, previousDir, previousDir ? cache?.previous?.stamps : undefined);
      const pages = cache?.pagesFor(data, base, publicSite(config));
      await writeSite({
        out,
        previousDataPath: previousDir ? (cache?.previous?.dataPath ?? onlyDataFolder(previousDir)) : undefined,
        cache: pages,
        base,
        siteRoot: new URL(base, config.siteUrl || DEFAULT_SITE_URL).href,
        config,
        articles: loadSeeds().articles,
        site: data,
        template: shell?.type === 'asset' ? String(shell.source) : null,
        server: serverDir(server ?? Promise.reject(new Error('the server bundle was not built'))),
        renderer: renderers?.renderer ?? undefined,
        helper: renderers?.helper ?? null,
      });
      const encoded = await writeImages(out, (await loadImages()).images, cache?.images);
      if (encoded > 0) logger?.info(`encoded ${encoded} image file${encoded === 1 ? '' : 's'}`);
      if (config.icon)
        for (const [file, bytes] of await siteIcons(readFileSync(join(publicDir, config.icon)), palettesOf(config).light.paper)) out.write(file, bytes);
      await stopRenderers();
      written = out.finish();
      complete = true;
    },
    async buildEnd(error) {
      if (!error) return;
      await stopRenderers();
      if (staging) discardStaging(staging);
    },
    closeBundle: {
      // Last of all (after the service worker is written), when the output is complete.
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        await stopRenderers();
        if (!isBuild || !staging) return;
        // A failed build leaves the old output as it was; its own error is what the user must see.
        if (error || !complete || !seeds || seeds.problems.some((p) => p.severity === 'error')) return discardStaging(staging);
        const previous = cache?.previous?.files;
        const oldFiles = new Set(previous);
        swapIn(staging, { entries: ['.git'], file: replacesOutput ? undefined : (path) => !previous || !oldFiles.has(path) });
        if (cache && site) reused = `; ${cache.save({ files: written.files, dataPath: site.manifest.dataPath, stamps: written.stamps })}`;
        logger?.info(buildSummary(seeds, outDir, performance.now() - started, written) + reused);
      },
    },
  };
}

const serverDir = (bundle: Promise<ServerBundle>) => bundle.then(({ dir }) => dir);

/** Whether `folder` is `inner` or holds it. */
function contains(folder: string, inner: string): boolean {
  return inner === folder || inner.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The data folder of an output folder, when it has exactly one (the build record is the surer guide, when there is a cache). */
function onlyDataFolder(outDir: string): string | undefined {
  try {
    const folders = readdirSync(join(outDir, DATA_ROOT));
    return folders.length === 1 ? dataFolder(folders[0]!) : undefined;
  } catch {
    return undefined;
  }
}
