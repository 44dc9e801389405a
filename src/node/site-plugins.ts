import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { articleFileId, DATA_ROOT } from '../content/contracts.ts';
import { escapeXml } from '../content/escape.ts';
import { IMAGE_FOLDER } from '../content/seeds/images.ts';
import { formatProblems } from '../content/seeds/problems.ts';
import { settingsBootScript } from '../content/reader/reader-settings.ts';
import { palettesOf } from '../content/publishing/site-config.ts';
import { textDirection } from '../content/publishing/translator.ts';
import { imageResponse } from './image-files.ts';
import { SiteBuild, type SiteBuildOptions } from './site-build.ts';

export type { SiteBuildOptions };

const MODULE = 'virtual:archive';
const RESOLVED = `\0${MODULE}`;
/** The publisher's accent colour as CSS, bundled with the app's stylesheet. */
const THEME_MODULE = 'virtual:site-theme.css';
const THEME_RESOLVED = `\0${THEME_MODULE}`;

/**
 * Turns the seed folder into the site's data: `virtual:archive` (the manifest, embedded in
 * the bundle) and the list, article and search files under `data/<hash>/`, served by the dev
 * server and written by the build with every page prerendered. A production build fails on
 * any seed error, listing them all; the dev server keeps serving the good articles and shows
 * the problems. One SiteBuild holds the state; each plugin here drives one part of it.
 */
export function sitePlugins(options: SiteBuildOptions | SiteBuild = {}): Plugin[] {
  const site = options instanceof SiteBuild ? options : new SiteBuild(options);
  return [htmlShell(site), virtualModules(site), devServer(site), output(site)];
}

/** The page's language and the site's name, and the reader's stored type and theme, applied before the first paint of every page. */
function htmlShell(site: SiteBuild): Plugin {
  const config = site.config;
  return {
    name: 'news-archive:html-shell',
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
  };
}

/** `virtual:archive` (the manifest, the seed problems, the public settings) and `virtual:site-theme.css`. */
function virtualModules(site: SiteBuild): Plugin {
  return {
    name: 'news-archive:modules',
    resolveId: (id) => (id === MODULE ? RESOLVED : id === THEME_MODULE ? THEME_RESOLVED : undefined),
    load: (id) => (id === THEME_RESOLVED ? site.themeModule() : id === RESOLVED ? site.archiveModule() : undefined),
  };
}

/** The dev server: the data files and images from the current seeds, and a reload when a seed changes. */
function devServer(site: SiteBuild): Plugin {
  return {
    name: 'news-archive:dev-server',
    configureServer(server: ViteDevServer) {
      server.watcher.add(site.dir);
      const report = async () => {
        const { problems } = (await site.loadImages()).seeds;
        if (problems.length > 0) server.config.logger.warn(formatProblems(problems, site.folder()));
      };
      void report();
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(site.dir + sep)) return;
        site.forget();
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        void report();
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      // Any data/<hash>/ path is answered from the current seeds: a page still holding the
      // manifest of a moment ago (before the reload a seed change triggers) gets fresh data,
      // and a missing file is a 404, as on a static host, not the SPA's index.html.
      const base = site.base;
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
        // The seeds' images, encoded on request.
        if (path.startsWith(`${base}${IMAGE_FOLDER}`)) {
          void site
            .loadImages()
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
        void site.loadImages().then(async () => {
          const data = await site.loadData();
          // An article's file too, which a build writes only into its pack: the dev server prerenders no page to say where its record is.
          const article = articleFileId(match[1]!);
          const content = article ? data.places.articleText(article) : data.files.get(match[1]!);
          response.statusCode = content === undefined ? 404 : 200;
          // A pack or a result-row file is sent whole: the app takes the range it asked for from it.
          response.setHeader('content-type', match[1]!.endsWith('.bin') ? 'application/octet-stream' : 'application/json');
          response.end(content ?? '{"error":"not found"}');
        }, next);
      });
    },
  };
}

/** The build's course: where it writes, what it checks first, what it writes beside the bundle, and the swap at the end. */
function output(site: SiteBuild): Plugin {
  return {
    name: 'news-archive:output',
    config: (user, { command }) => site.configure(user, command),
    configResolved: (resolved) => site.resolve(resolved),
    async buildStart() {
      await site.load(this);
    },
    async writeBundle(written, bundle) {
      const shell = bundle['index.html'];
      await site.write(this, written.dir!, shell?.type === 'asset' ? String(shell.source) : null);
    },
    async buildEnd(error) {
      if (error) await site.fail();
    },
    closeBundle: {
      // Last of all (after the service worker is written), when the output is complete.
      order: 'post',
      sequential: true,
      handler: (error?: Error) => site.close(error),
    },
  };
}
