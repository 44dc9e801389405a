import { relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { formatProblems } from '../content/problems.ts';
import { settingsBootScript } from '../content/reader-settings.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { buildSiteData, type SiteData } from './site-data.ts';
import { buildSummary } from './build-summary.ts';
import { writeSite } from './write-site.ts';

/** Options of the seeds plugin. */
export interface SeedsPluginOptions {
  /** The seed folder, relative to the project root; without it, `SEEDS_DIR` from the environment, else `seeds`. */
  dir?: string;
}

const MODULE = 'virtual:archive';
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
  let seeds: SeedCollection | null = null;
  let site: SiteData | null = null;
  const loadSeeds = () => (seeds ??= readSeedFolder(dir));
  const loadSite = () => (site ??= buildSiteData(loadSeeds()));
  const folder = () => relative(process.cwd(), dir) || '.';

  return {
    name: 'news-seeds',
    // The reader's stored type and theme, applied before the first paint of every page.
    transformIndexHtml: () => [{ tag: 'script', children: settingsBootScript(), injectTo: 'head' }],
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? (process.env.SEEDS_DIR || 'seeds'));
      base = config.base;
      isBuild = config.command === 'build';
      logger = config.logger;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      started = performance.now();
      seeds = null;
      site = null;
      if (!isBuild) return;
      const { problems } = loadSeeds();
      if (problems.some((p) => p.severity === 'error')) this.error(`\n${formatProblems(problems, folder())}\nFix the seeds above and build again.`);
      if (problems.length > 0) this.warn(`\n${formatProblems(problems, folder())}`);
    },
    resolveId(id) {
      return id === MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const manifest = ${JSON.stringify(loadSite().manifest)};\nexport const seedProblems = ${JSON.stringify(loadSeeds().problems)};\n`;
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
      if (!process.env.SITE_URL) this.warn(`SITE_URL is not set: canonical links, the feed and the sitemap point at ${DEFAULT_SITE_URL}. Build with SITE_URL=https://your.site`);
      const shell = bundle['index.html'];
      await writeSite({
        outDir: output.dir!,
        base,
        siteRoot: new URL(base, process.env.SITE_URL || DEFAULT_SITE_URL).href,
        articles: loadSeeds().articles,
        site: loadSite(),
        template: shell?.type === 'asset' ? String(shell.source) : null,
      });
    },
    closeBundle: {
      // Last of all (after the service worker is written), when the output is complete.
      order: 'post',
      sequential: true,
      handler(error?: Error) {
        // A failed build has nothing to sum up; its own error is what the user must see.
        if (error || !isBuild || !seeds || seeds.problems.some((p) => p.severity === 'error')) return;
        logger?.info(buildSummary(seeds, outDir, performance.now() - started));
      },
    },
  };
}
