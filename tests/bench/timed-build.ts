// One real build as a user runs it (`vite build` with SEEDS_DIR), timed from the command's
// start to its end; shared by the rebuild benchmarks.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { buildEnvironment } from './build-environment.ts';

/**
 * Seconds until the output a build replaced is gone: a detached process removes it after the
 * build (src/node/staging.ts). The next build waits for it, so that each is timed alone, as
 * an editor's rebuilds, minutes apart, are.
 */
function removal(outDir: string): number {
  const started = performance.now();
  const prefix = `.${basename(outDir)}.removing-`;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (readdirSync(dirname(outDir)).some((name) => name.startsWith(prefix))) Atomics.wait(pause, 0, 0, 100);
  return (performance.now() - started) / 1000;
}

/** Builds `seeds` into `outDir` with the project at `root`; returns its wall time, what its summary says it reused, and how long the replaced output took to go. */
export function timedBuild(root: string, seeds: string, outDir: string, env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const environment = buildEnvironment({ SEEDS_DIR: seeds, ...env });
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir], { cwd: root, env: environment, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`vite build in ${root} failed:\n${run.stderr.slice(-2000)}`);
  const reused = /reused ([\d,]+) parsed seeds and ([\d,]+) rendered pages/.exec(run.stdout);
  const published = /; output (updated in place: [^;\n]*|swapped in whole)/.exec(run.stdout)?.[1] ?? 'new output';
  return { seconds, reused: reused ? `${reused[1]} seeds, ${reused[2]} pages` : 'no cache', published, removed: removal(outDir) };
}
