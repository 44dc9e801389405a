import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArchiveManifest } from '../content/archive/model.ts';
import { SERVER_FILES, type Rendered } from './page-renderer.ts';
import type { ArticleAt } from '../content/archive/article-pack.ts';

/** What the helper thread is started with. */
export interface HelperStart {
  base: string;
  /** The server bundle's folder. */
  dir: string;
}

/** A job for the helper thread (render-worker.ts), */
export type HelperRequest = { id: number; kind: 'prepare'; manifest: ArchiveManifest } | ({ id: number; kind: 'render' } & RenderJob);

/** Pages to render: their paths, each with where the records of the articles it shows are (`PageRenderer.render`). */
export interface RenderJob {
  dataDirs: readonly string[];
  paths: readonly string[];
  places: readonly Readonly<Record<string, ArticleAt>>[];
}
/** and what it answers: batches of rendered pages, then done or an error. */
export type HelperReply = { id: number; batch: Rendered[] } | { id: number; done: true } | { id: number; error: string };

/** The build's helper thread. */
export interface BuildHelper {
  /** Loads the app for this manifest, ahead of `render`. */
  prepare(manifest: ArchiveManifest): Promise<void>;
  render(job: RenderJob, receive: (batch: Rendered[]) => void): Promise<void>;
  close(): Promise<void>;
}

interface Job {
  resolve(): void;
  reject(error: Error): void;
  receive(batch: Rendered[]): void;
}

/** Each member of a union without its `id`. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A request as a call makes it: its id is given when it is sent. */
type Request = WithoutId<HelperRequest>;

/**
 * Starts the build's helper thread on the server bundle in `dir` (or once it is built); each
 * call sends it a job and resolves when the job is done.
 */
export function buildHelper(base: string, dir: string | Promise<string>): BuildHelper {
  const jobs = new Map<number, Job>();
  let next = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const job of jobs.values()) job.reject(failure);
    jobs.clear();
  };
  const worker = Promise.resolve(dir).then((folder) => {
    const thread = new Worker(join(folder, SERVER_FILES.worker), { workerData: { base, dir: folder } satisfies HelperStart });
    thread.on('message', (reply: HelperReply) => {
      const job = jobs.get(reply.id);
      if (!job) return;
      if ('batch' in reply) {
        // What the receiver refuses fails the job, and so the build.
        try {
          job.receive(reply.batch);
        } catch (error) {
          jobs.delete(reply.id);
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else if ('error' in reply) {
        jobs.delete(reply.id);
        job.reject(new Error(`in the build's helper thread: ${reply.error}`));
      } else {
        jobs.delete(reply.id);
        job.resolve();
      }
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`the build's helper thread stopped (code ${code})`)));
    return thread;
  });
  worker.catch(fail);
  const call = (request: Request, receive: Job['receive'] = () => undefined) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = next++;
      jobs.set(id, { resolve, reject, receive });
      void worker.then((thread) => thread.postMessage({ ...request, id }), reject);
    });
  return {
    prepare: (manifest) => call({ kind: 'prepare', manifest }),
    render: ({ dataDirs, paths, places }, receive) => call({ kind: 'render', dataDirs, paths, places }, receive),
    async close() {
      jobs.clear();
      await worker.then(
        (thread) => thread.terminate(),
        () => undefined,
      );
    },
  };
}
