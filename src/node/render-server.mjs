// Renders pages with the app's server entry (src/entry-server.tsx), and runs the build's
// helper thread, which renders part of the pages while the main thread puts the rest
// together. Plain JavaScript, typed by render-server.d.mts: Node runs it directly in the
// worker, where nothing compiles TypeScript; the Vite server it starts compiles the app.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';

const ENTRY = fileURLToPath(new URL('../entry-server.tsx', import.meta.url));
/** The app's root folder, wherever the site being built is. */
export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the app's `virtual:archive` finds the manifest: a stand-in that notes which fields a page reads. */
const TRACKED_MANIFEST = Symbol.for('news-archive.prerender.manifest');

/** The manifest, noting into `fields()` every field anything reads, so the page cache knows what each page depends on. */
function trackedManifest(manifest, fields) {
  return new Proxy(manifest, {
    get(target, field, receiver) {
      if (typeof field === 'string') fields().add(field);
      return Reflect.get(target, field, receiver);
    },
    ownKeys(target) {
      for (const field of Object.keys(target)) fields().add(field);
      return Reflect.ownKeys(target);
    },
  });
}

/** Serves `virtual:archive` to the render: the publisher's settings, and the tracked manifest. */
function archiveModule(site) {
  const source = `export const manifest = globalThis[Symbol.for(${JSON.stringify(TRACKED_MANIFEST.description)})];\nexport const seedProblems = [];\nexport const site = ${JSON.stringify(site)};\n`;
  return {
    name: 'news-prerender-archive',
    resolveId: (id) => (id === 'virtual:archive' ? '\0virtual:archive' : undefined),
    load: (id) => (id === '\0virtual:archive' ? source : undefined),
  };
}

/** A Vite server that loads the app (and any module of the project) for rendering. */
function renderServer(base, site) {
  return createServer({
    root: APP_ROOT,
    base,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [react(), archiveModule(site)],
  });
}

/**
 * A renderer: `render(path)` renders the page at `path` (under the base) and reports what
 * it read, the data files and the manifest's fields. Its server starts on the first page
 * (or on `start()`), unless one is given.
 */
export function pageRenderer({ base, site, manifest, read, server = null }) {
  let started = null;
  let fields = new Set();
  const start = async () => {
    globalThis[TRACKED_MANIFEST] = trackedManifest(manifest, () => fields);
    const own = server ? null : await renderServer(base, site);
    const { renderPage } = await (own ?? (await server)).ssrLoadModule(ENTRY);
    // Fields read as the modules load count for every page.
    return { own, renderPage, loadFields: [...fields] };
  };
  return {
    start: () => (started ??= start()),
    async render(path) {
      const { renderPage, loadFields } = await (started ??= start());
      fields = new Set(loadFields);
      const files = new Set();
      const page = await renderPage(`${base}${path}`, async (file) => {
        files.add(file);
        return read(file);
      });
      return { path, page, inputs: { files: [...files].sort(), manifest: [...fields].sort() } };
    },
    async close() {
      if (started) await (await started).own?.close();
    },
  };
}

/**
 * The build's helper thread. It starts its Vite server at once, while the build goes on;
 * each call sends it a job and resolves when the job is done.
 */
export function buildHelper({ base, site }) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { helper: true, base, site } });
  const jobs = new Map();
  let next = 0;
  let failure = null;
  const fail = (error) => {
    failure ??= error;
    for (const job of jobs.values()) job.reject(failure);
    jobs.clear();
  };
  worker.on('message', ({ id, batch, done, error }) => {
    const job = jobs.get(id);
    if (!job) return;
    if (batch) job.receive(batch);
    if (error) {
      jobs.delete(id);
      job.reject(new Error(`in the build's helper thread: ${error}`));
    } else if (done) {
      jobs.delete(id);
      job.resolve();
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the build's helper thread stopped (code ${code})`)));
  const call = (kind, payload, receive = () => undefined) =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      jobs.set(id, { resolve, reject, receive });
      worker.postMessage({ id, kind, payload });
    });
  return {
    prepare: (manifest) => call('prepare', { manifest }),
    render: ({ dataDir, paths }, receive) => call('render', { dataDir, paths }, receive),
    close: () => {
      jobs.clear();
      return worker.terminate().then(() => undefined);
    },
  };
}

if (!isMainThread && workerData?.helper) {
  const { base, site } = workerData;
  const server = renderServer(base, site);
  let renderer = null;
  let dataDir = '';
  const jobs = {
    // Loads the app for the manifest, before the data files it reads are written.
    prepare: async ({ manifest }) => {
      renderer = pageRenderer({
        base,
        site,
        manifest,
        server,
        read: (file) => readFile(join(dataDir, file), 'utf8').catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error))),
      });
      await renderer.start();
    },
    render: async ({ paths, ...job }, id) => {
      if (!renderer) throw new Error('render before prepare');
      dataDir = job.dataDir;
      let batch = [];
      for (const path of paths) {
        batch.push(await renderer.render(path));
        if (batch.length === 50) {
          parentPort.postMessage({ id, batch });
          batch = [];
        }
      }
      if (batch.length > 0) parentPort.postMessage({ id, batch });
    },
  };
  parentPort.on('message', async ({ id, kind, payload }) => {
    try {
      await jobs[kind](payload, id);
      parentPort.postMessage({ id, done: true });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
