// The build's helper thread (build-helper.ts starts it): it renders the pages it is sent
// while the main thread puts the rest together. Vite builds this file into the server
// bundle beside the app, so the thread runs plain JavaScript and imports the app from there.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { HelperReply, HelperRequest, HelperStart } from './build-helper.ts';
import { pageRenderer, type PageRenderer, type Rendered } from './page-renderer.ts';

const { base, dir } = workerData as HelperStart;
const port = parentPort!;
let renderer: PageRenderer | null = null;
let dataDirs: readonly string[] = [];
const reply = (message: HelperReply) => port.postMessage(message);

/** The first of `paths` that exists, read; null when none does. */
async function readFirst(paths: readonly string[]): Promise<string | null> {
  for (const path of paths) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return null;
}

const jobs = {
  // Loads the app for the manifest, before the data files it reads are written.
  async prepare({ manifest }: Extract<HelperRequest, { kind: 'prepare' }>) {
    renderer = pageRenderer({
      base,
      dir,
      manifest,
      read: (file) => readFirst(dataDirs.map((dir) => join(dir, file))),
    });
    await renderer.start();
  },
  async render({ paths, ...job }: Extract<HelperRequest, { kind: 'render' }>) {
    if (!renderer) throw new Error('render before prepare');
    dataDirs = job.dataDirs;
    let batch: Rendered[] = [];
    for (const path of paths) {
      batch.push(await renderer.render(path));
      if (batch.length === 50) {
        reply({ id: job.id, batch });
        batch = [];
      }
    }
    if (batch.length > 0) reply({ id: job.id, batch });
  },
};

port.on('message', async (request: HelperRequest) => {
  try {
    await (request.kind === 'prepare' ? jobs.prepare(request) : jobs.render(request));
    reply({ id: request.id, done: true });
  } catch (error) {
    reply({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
