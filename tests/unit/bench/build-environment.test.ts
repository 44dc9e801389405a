import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILD_MALLOC_ARENAS, buildEnvironment } from '../../bench/build-environment.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the environment of a benchmark build', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is what npm run build gives vite build', () => {
    expect(JSON.parse(read('package.json')).scripts.build).toBe('sh scripts/build.sh');
    const script = read('scripts/build.sh');
    expect(script).toContain(`MALLOC_ARENA_MAX="\${MALLOC_ARENA_MAX:-${BUILD_MALLOC_ARENAS}}"`);
    expect(script).toMatch(/^export MALLOC_ARENA_MAX$/m);
    expect(script).toMatch(/^exec vite build "\$@"$/m);
  });

  it("holds the allocator to the build's arenas unless the caller chose, and never passes on vitest's marker", () => {
    vi.stubEnv('MALLOC_ARENA_MAX', undefined);
    vi.stubEnv('VITEST', 'true');
    const environment = buildEnvironment({ SEEDS_DIR: '/seeds' });
    expect(environment).toMatchObject({ MALLOC_ARENA_MAX: '2', SEEDS_DIR: '/seeds' });
    expect(environment).not.toHaveProperty('VITEST');
    vi.stubEnv('MALLOC_ARENA_MAX', '8');
    expect(buildEnvironment({}).MALLOC_ARENA_MAX).toBe('8');
    expect(buildEnvironment({ MALLOC_ARENA_MAX: '1' }).MALLOC_ARENA_MAX).toBe('1');
  });
});
