// The environment `npm run build` gives vite build (scripts/build.sh), for the benchmarks
// that start vite build themselves: they measure a build as a user runs it.

/** What scripts/build.sh sets, unless the caller set it: glibc's allocator held to two arenas. */
export const BUILD_MALLOC_ARENAS = '2';

/** `env` for a benchmark's vite build: the process's own, the build's allocator setting, then `overrides`. */
export function buildEnvironment(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { MALLOC_ARENA_MAX: BUILD_MALLOC_ARENAS, ...process.env, ...overrides };
  // A build started from a test run would take vitest's settings.
  delete environment.VITEST;
  return environment;
}
