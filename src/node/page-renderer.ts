// Renders pages with the app's server bundle (server-bundle.ts), on the build's main thread
// or its helper thread (render-worker.ts), and notes what each render read, for the page
// cache. Nothing here imports Vite: the helper thread runs this file as built JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataStamp, type ArchiveManifest } from '../content/archive/model.ts';
import type { RenderedPage } from '../content/publishing/page-head.ts';
import type { PageInputs } from './page-cache.ts';
import type { ArticleAt } from '../content/archive/article-pack.ts';
import { readArticleText } from './record-text.ts';

/** The files of a server bundle a thread imports: the manifest's holder, then the app. */
// `.mjs`: the folder is under node_modules, where Node does not look for the app's package.json
// to tell that `.js` is a module.
export const SERVER_FILES = { input: 'archive-input.mjs', app: 'entry-server.mjs', worker: 'render-worker.mjs' } as const;

/** A page rendered, with what its render read. */
export interface Rendered {
  path: string;
  page: RenderedPage;
  inputs: PageInputs;
  /** The stamp of the texts of `inputs.files` (`dataStamp`), which the page carries. */
  stamp: string;
  /** The files the render asked for and did not find. */
  missing: string[];
  /** Where the records of the article files it read are, by file (`RouterData.places`). */
  places: Record<string, ArticleAt>;
}

/** Renders pages on this thread. */
export interface PageRenderer {
  /** Loads the app; `render` does it too, when not done before. */
  start(): Promise<unknown>;
  /**
   * Renders the page at `path`, reading each data file from the first of `dataDirs` that has
   * it, and an article's file from its record, where `places` says (by file) it is.
   */
  render(path: string, dataDirs: readonly string[], places?: Readonly<Record<string, ArticleAt>>): Promise<Rendered>;
}

type RenderPage = (url: string, read: (file: string) => Promise<string | null>) => Promise<RenderedPage>;

interface LoadedApp {
  renderPage: RenderPage;
  manifest: ArchiveManifest;
  /** The manifest's fields read as the app's modules loaded: every page depends on them. */
  loadFields: string[];
}

/** Where the manifest notes the fields a render reads: the set of the render under way. */
let fieldSink = new Set<string>();
/** The app of each server bundle this thread imported, by the bundle's folder: a module is evaluated once per thread. */
const loaded = new Map<string, Promise<LoadedApp>>();

/** The manifest, noting into the current render's set every field anything reads, so the page cache knows what each page depends on. */
function trackedManifest(manifest: ArchiveManifest): ArchiveManifest {
  return new Proxy(manifest, {
    get(target, field, receiver) {
      // Only the manifest's own fields: `then`, looked up by anything that awaits it, is none.
      if (typeof field === 'string' && Object.hasOwn(target, field)) fieldSink.add(field);
      return Reflect.get(target, field, receiver) as unknown;
    },
    ownKeys(target) {
      for (const field of Object.keys(target)) fieldSink.add(field);
      return Reflect.ownKeys(target);
    },
  });
}

/** Imports the app from the bundle in `dir`, once per thread, the manifest handed to it before any of the app's modules runs. */
function loadApp(dir: string, manifest: ArchiveManifest): Promise<LoadedApp> {
  const known = loaded.get(dir);
  if (known)
    return known.then((app) => {
      if (app.manifest !== manifest) throw new Error(`the server bundle in ${dir} was loaded for another manifest`);
      return app;
    });
  const loading = (async () => {
    const input = (await import(pathToFileURL(join(dir, SERVER_FILES.input)).href)) as { provide(manifest: ArchiveManifest): void };
    fieldSink = new Set();
    input.provide(trackedManifest(manifest));
    const { renderPage } = (await import(pathToFileURL(join(dir, SERVER_FILES.app)).href)) as { renderPage: RenderPage };
    return { renderPage, manifest, loadFields: [...fieldSink] };
  })();
  loaded.set(dir, loading);
  return loading;
}

/**
 * The first of `paths` that exists, read; null when none does. Synchronously: a page reads
 * one to three small files, which the thread waits for anyway, and the promise API's trips
 * through the thread pool made the Reuters build several seconds slower.
 */
export function readFirst(paths: readonly string[]): string | null {
  for (const path of paths) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return null;
}

/**
 * A renderer: `render(path, dataDirs)` renders the page at `path` (under the base) with the
 * server bundle in `dir`, and reports what it read, the data files and the manifest's fields.
 * Both threads read the data files where the build wrote them, so the build need not keep
 * their texts in memory while it renders.
 */
export function pageRenderer({
  base,
  dir,
  manifest,
}: {
  base: string;
  /** The server bundle's folder, or a promise of it (it is built beside the app). */
  dir: string | Promise<string>;
  manifest: ArchiveManifest;
}): PageRenderer {
  let started: Promise<LoadedApp> | null = null;
  const start = () => (started ??= Promise.resolve(dir).then((folder) => loadApp(folder, manifest)));
  return {
    start,
    async render(path, dataDirs, places = {}) {
      const { renderPage, loadFields } = await start();
      fieldSink = new Set(loadFields);
      const texts = new Map<string, string | null>();
      const missing: string[] = [];
      const read: Record<string, ArticleAt> = {};
      const page = await renderPage(`${base}${path}`, async (file) => {
        const place = places[file];
        if (place) read[file] = place;
        const text = place ? readArticleText(dataDirs, place) : readFirst(dataDirs.map((dir) => join(dir, file)));
        texts.set(file, text);
        if (text === null) missing.push(file);
        return text;
      });
      const files = [...texts.keys()].sort();
      const inputs = { files, manifest: [...fieldSink].sort() as (keyof ArchiveManifest)[] };
      return {
        path,
        page,
        inputs,
        stamp: dataStamp(
          files,
          files.map((file) => texts.get(file)!),
        ),
        missing,
        places: read,
      };
    },
  };
}
