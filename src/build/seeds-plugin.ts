import { resolve, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { SeedCollection } from '../content/collect-seeds.ts';
import { formatProblems } from '../content/problems.ts';
import { buildSearchIndex } from '../content/search-index.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { routePages } from './route-pages.ts';

/** Options of the seeds plugin. */
export interface SeedsPluginOptions {
  /** The seed folder, relative to the project root; without it, `SEEDS_DIR` from the environment, else `seeds`. */
  dir?: string;
}

const MODULES = { articles: 'virtual:articles', searchIndex: 'virtual:search-index' } as const;
const resolved = (id: string) => `\0${id}`;

/**
 * Turns the seed folder into the virtual modules `virtual:articles` and `virtual:search-index`,
 * fails a production build on any seed error (listing them all), and keeps the dev server
 * serving the good articles while it shows the problems.
 */
export function seedsPlugin(options: SeedsPluginOptions = {}): Plugin {
  let dir = '';
  let isBuild = false;
  let collection: SeedCollection | null = null;
  const load = () => (collection ??= readSeedFolder(dir));

  function reportTo(log: (message: string) => void) {
    const { problems } = load();
    if (problems.length > 0) log(formatProblems(problems, relative(process.cwd(), dir) || '.'));
  }

  return {
    name: 'news-seeds',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? (process.env.SEEDS_DIR || 'seeds'));
      isBuild = config.command === 'build';
    },
    buildStart() {
      collection = null;
      if (!isBuild) return;
      const { problems } = load();
      const folder = relative(process.cwd(), dir) || '.';
      if (problems.some((p) => p.severity === 'error')) this.error(`\n${formatProblems(problems, folder)}\nFix the seeds above and build again.`);
      if (problems.length > 0) this.warn(`\n${formatProblems(problems, folder)}`);
    },
    resolveId(id) {
      return Object.values(MODULES).includes(id as never) ? resolved(id) : undefined;
    },
    load(id) {
      if (id === resolved(MODULES.articles)) {
        const { articles, problems } = load();
        return `export const articles = ${JSON.stringify(articles)};\nexport const seedProblems = ${JSON.stringify(problems)};\n`;
      }
      if (id === resolved(MODULES.searchIndex)) {
        return `export const searchIndex = ${JSON.stringify(buildSearchIndex(load().articles))};\n`;
      }
      return undefined;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(dir);
      reportTo((m) => server.config.logger.warn(m));
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dir + sep)) return;
        collection = null;
        for (const id of Object.values(MODULES)) {
          const module = server.moduleGraph.getModuleById(resolved(id));
          if (module) server.moduleGraph.invalidateModule(module);
        }
        reportTo((m) => server.config.logger.warn(m));
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
    generateBundle: {
      // After Vite has emitted index.html, whose asset URLs already carry the base path.
      order: 'post',
      handler(_options, bundle) {
        const shell = bundle['index.html'];
        if (!shell || shell.type !== 'asset') return;
        // Static hosts have no rewrite rules: every route gets a page of its own, and
        // 404.html catches the rest (GitHub Pages, Netlify and nginx's error_page use it).
        for (const fileName of routePages(load().articles.map((a) => a.id))) {
          this.emitFile({ type: 'asset', fileName, source: shell.source });
        }
      },
    },
  };
}
