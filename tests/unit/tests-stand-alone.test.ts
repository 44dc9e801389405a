import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// A publisher replaces the sample article in seeds/ (that is what the product is for), and
// may put 20,000 articles there: no test may read that folder or build from it.
const tests = new URL('../', import.meta.url).pathname;
const files = (readdirSync(tests, { recursive: true }) as string[])
  .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f) && !f.startsWith('fixtures/'))
  .map((f) => join(tests, f));
const named = (file: string) => relative(tests, file);

describe('the tests', () => {
  it('never read the publisher’s seeds/ folder', () => {
    const offending = files.filter((f) => /(?:\.\.\/)+seeds\/|cwd\(\), ['"]seeds['"]/.test(readFileSync(f, 'utf8'))).map(named);
    expect(offending).toEqual([]);
  });

  it('name a fixture folder whenever they build outside vitest (where vite.config.ts would fall back to seeds/)', () => {
    const offending = files
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /delete env\.VITEST/.test(text) && !/SEEDS_DIR/.test(text);
      })
      .map(named);
    expect(offending).toEqual([]);
  });
});
