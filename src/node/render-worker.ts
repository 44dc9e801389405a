// The build's helper thread (build-helper.ts starts it): it renders the pages it is sent
// while the main thread puts the rest together. Vite builds this file into the server
// bundle beside the app, so the thread runs plain JavaScript and imports the app from there.
import { parentPort, workerData } from 'node:worker_threads';
import type { HelperReply, HelperRequest, HelperStart } from './build-helper.ts';
import { pageRenderer, type PageRenderer, type Rendered } from './page-renderer.ts';

const { base, dir } = workerData as HelperStart;
const port = parentPort!;
let renderer: PageRenderer | null = null;
const reply = (message: HelperReply) => port.postMessage(message);

const jobs = {
  // Loads the app for the manifest, before the data files it reads are written.
  async prepare({ manifest }: Extract<HelperRequest, { kind: 'prepare' }>) {
    renderer = pageRenderer({ base, dir, manifest });
    await renderer.start();
  },
  // A job is a few dozen pages (prerender.ts sends them so): its pages go back in one batch.
  async render({ paths, places, dataDirs, id }: Extract<HelperRequest, { kind: 'render' }>) {
    if (!renderer) throw new Error('render before prepare');
    const batch: Rendered[] = [];
    for (const [i, path] of paths.entries()) batch.push(await renderer.render(path, dataDirs, places[i]));
    reply({ id, batch });
  },
};

// One job at a time, in the order sent: a render notes what it reads in state of its thread
// (page-renderer.ts), so two must not interleave.
let queue = Promise.resolve();
port.on('message', (request: HelperRequest) => {
  queue = queue.then(async () => {
    try {
      await (request.kind === 'prepare' ? jobs.prepare(request) : jobs.render(request));
      reply({ id: request.id, done: true });
    } catch (error) {
      reply({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
