import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { escapeXml } from '../content/escape.ts';
import { formatProblems } from '../content/problems.ts';
import { DEFAULT_SITE, publicSite, resolveSiteConfig, type SiteConfig, type SiteOptions } from '../content/site-config.ts';
import { archiveModuleSource } from './archive-module.ts';
import { settingsBootScript } from '../content/reader-settings.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { buildSiteData, type SiteData } from './site-data.ts';
import { buildSummary } from './build-summary.ts';
import { writeSite } from './write-site.ts';
import { BuildCache } from './build-cache.ts';
import { emptyOutDirExcept, OutputWriter } from './out-dir.ts';
import { EarlyRenderers, HELPER_MIN_PAGES } from './prerender.ts';
import { APP_ROOT } from './render-server.mjs';

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
export function seedsPlugin(options: SeedsPluginOptions = {}): Plugin {
  let dir = '';
  let base = '/';
  let isBuild = false;
  let logger: Logger | null = null;
  let outDir = '';
  let started = 0;
  /** For a large archive, the prerender's renderers; a build must close them, or the process never ends. */
  let renderers: EarlyRenderers | null = null;
  const stopRenderers = async () => {
    const stopping = renderers?.close();
    renderers = null;
    await stopping;
  };
  /** The sizes of the files the plugin wrote, for the summary. */
  let writtenSizes: ReadonlyMap<string, number> = new Map();
  /** What the build took from the cache, for its summary. */
  let reused = '';
  let seeds: SeedCollection | null = null;
  let site: SiteData | null = null;
  let config: SiteConfig = DEFAULT_SITE;
  let root = '';
  /** This build's cache; none without one. */
  let cache: BuildCache | null = null;
  /** Whether the plugin, rather than Vite, empties the output folder (keeping its own files to overwrite). */
  let managesOutDir = false;
  // What of the publisher's settings shapes parsing: reading speed, and the language whose quotes the text is set with.
  const seedOptions = () => ({ readingSpeed: config.readingSpeed, language: config.language });
  const loadSeeds = () => (seeds ??= readSeedFolder(dir, seedOptions(), cache?.seeds.parse));
  const loadSite = () => (site ??= buildSiteData(loadSeeds(), config.articlesPerPage, cache?.seeds.termsOf));
  const folder = () => relative(process.cwd(), dir) || '.';
  const cacheWanted = () => options.cacheDir !== false && process.env.SEEDS_CACHE !== 'off';

  return {
    name: 'news-seeds',
    config(user, { command }) {
      // Vite empties only an output folder inside the project; so does the plugin, in its stead.
      managesOutDir = false;
      if (command !== 'build' || !cacheWanted() || user.build?.emptyOutDir != null) return;
      const projectRoot = resolve(user.root ?? process.cwd());
      if (!resolve(projectRoot, user.build?.outDir ?? 'dist').startsWith(projectRoot + sep)) return;
      managesOutDir = true;
      return { build: { emptyOutDir: false } };
    },
    // The page's language and the site's name, and the reader's stored type and theme,
    // applied before the first paint of every page.
    transformIndexHtml: (html) => ({
      html: html.replace(/<html lang="[^"]*">/, `<html lang="${escapeXml(config.language)}">`).replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(config.title)}</title>`),
      tags: [{ tag: 'script', children: settingsBootScript(), injectTo: 'head' }],
    }),
    configResolved(resolved) {
      root = resolved.root;
      dir = resolve(resolved.root, options.dir ?? (process.env.SEEDS_DIR || 'seeds'));
      base = resolved.base;
      isBuild = resolved.command === 'build';
      logger = resolved.logger;
      outDir = resolve(resolved.root, resolved.build.outDir);
      const { config: site, errors } = resolveSiteConfig(options.site, process.env);
      if (site.logo && !existsSync(join(resolved.publicDir, site.logo))) errors.push(`site.logo is ${JSON.stringify(site.logo)}: there is no such file in ${relative(process.cwd(), resolved.publicDir) || '.'}/`);
      if (errors.length > 0) throw new Error(`The publisher settings (seedsPlugin({ site }) in vite.config.ts) are wrong:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
      config = site;
    },
    buildStart() {
      started = performance.now();
      reused = '';
      cache = null;
      seeds = null;
      site = null;
      if (!isBuild) return;
      if (options.cacheDir !== false && cacheWanted()) {
        const cacheDir = resolve(root, options.cacheDir ?? 'node_modules/.cache/news-archive');
        cache = new BuildCache({ cacheDir, seedDir: dir, outDir, appRoot: APP_ROOT, seedOptions: seedOptions() });
        if (managesOutDir) emptyOutDirExcept(outDir, new Set(cache.previous?.files));
      }
      const { articles, problems } = loadSeeds();
      if (problems.some((p) => p.severity === 'error')) this.error(`\n${formatProblems(problems, folder())}\nFix the seeds above and build again.`);
      if (problems.length > 0) this.warn(`\n${formatProblems(problems, folder())}`);
      if (articles.length >= HELPER_MIN_PAGES) renderers = new EarlyRenderers(base, publicSite(config));
    },
    resolveId(id) {
      if (id === MODULE) return RESOLVED;
      return id === THEME_MODULE ? THEME_RESOLVED : undefined;
    },
    load(id) {
      // The light theme's accent; the dark theme keeps its own, made for dark pages.
      if (id === THEME_RESOLVED) return `:root { --site-accent: ${config.accentColor}; }\n`;
      if (id !== RESOLVED) return undefined;
      const data = loadSite();
      renderers?.prepare(data);
      return archiveModuleSource(data.manifest, loadSeeds().problems, publicSite(config));
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir);
      const report = () => {
        const { problems } = loadSeeds();
        if (problems.length > 0) server.config.logger.warn(formatProblems(problems, folder()));
      };
      report();
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dir + sep)) return;
        seeds = null;
        site = null;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        report();
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      // Any data/<hash>/ path is answered from the current seeds: a page still holding the
      // manifest of a moment ago (before the reload a seed change triggers) gets fresh data,
      // and a missing file is a 404, as on a static host, not the SPA's index.html.
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
        const match = path.startsWith(`${base}data/`) ? /^data\/[0-9a-f]+\/(.+)$/.exec(path.slice(base.length)) : null;
        if (!match) return next();
        const content = loadSite().files.get(match[1]!);
        response.statusCode = content === undefined ? 404 : 200;
        response.setHeader('content-type', 'application/json');
        response.end(content ?? '{"error":"not found"}');
      });
    },
    async writeBundle(output, bundle) {
      if (!config.siteUrl) this.warn(`No public URL is set: canonical links, the feed and the sitemap point at ${DEFAULT_SITE_URL}. Set site.siteUrl in vite.config.ts, or build with SITE_URL=https://your.site`);
      const shell = bundle['index.html'];
      const data = loadSite();
      const out = new OutputWriter(output.dir!, cache?.previous?.files);
      const pages = cache?.pagesFor(data, base, publicSite(config));
      await writeSite({
        out,
        previousDataPath: cache?.previous?.dataPath,
        cache: pages,
        base,
        siteRoot: new URL(base, config.siteUrl || DEFAULT_SITE_URL).href,
        config,
        articles: loadSeeds().articles,
        site: data,
        template: shell?.type === 'asset' ? String(shell.source) : null,
        renderer: renderers?.renderer ?? undefined,
        helper: renderers?.helper ?? null,
      });
      await stopRenderers();
      const written = out.finish();
      writtenSizes = written.sizes;
      if (cache) reused = `; ${cache.save({ files: written.files, dataPath: data.manifest.dataPath })}`;
    },
    async buildEnd(error) {
      if (error) await stopRenderers();
    },
    closeBundle: {
      // Last of all (after the service worker is written), when the output is complete.
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        await stopRenderers();
        // A failed build has nothing to sum up; its own error is what the user must see.
        if (error || !isBuild || !seeds || seeds.problems.some((p) => p.severity === 'error')) return;
        logger?.info(buildSummary(seeds, outDir, performance.now() - started, writtenSizes) + reused);
      },
    },
  };
}
