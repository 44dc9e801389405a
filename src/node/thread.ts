// Short jobs of file system calls, each on a thread of its own, so the build's main thread
// works meanwhile. Each job is a small CommonJS script (`code`) that reads `workerData` and
// posts one message, its answer.
import { Worker } from 'node:worker_threads';

/** Runs `code` on a new thread with `data` as its workerData; resolves to the one message it posts. `what` names the job in the error when the thread stops without answering. */
export function onThread<T>(code: string, data: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The thread ${what} stopped (exit code ${code}) before it was done`)));
  });
}
