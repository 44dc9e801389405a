import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceSection, sectionMarkers } from '../../bench/report.ts';

describe('benchmark figures written into docs/benchmarks.md', () => {
  it('replaces only what is between a section’s markers, and adds a section the page lacks at its end', () => {
    const doc = '# B\n\nProse.\n\n<!-- bench:a -->\nold figures\n<!-- /bench:a -->\n\nMore prose.\n';
    expect(replaceSection(doc, 'a', 'A', 'new figures\n')).toBe('# B\n\nProse.\n\n<!-- bench:a -->\nnew figures\n<!-- /bench:a -->\n\nMore prose.\n');
    expect(replaceSection(doc, 'b', 'Bee', 'figures')).toBe(`${doc.trimEnd()}\n\n## Bee\n\n<!-- bench:b -->\nfigures\n<!-- /bench:b -->\n`);
  });

  it('has a section on the page for every fixed section a benchmark writes', () => {
    const doc = readFileSync(new URL('../../../docs/benchmarks.md', import.meta.url), 'utf8');
    const benches = new URL('../../bench/', import.meta.url);
    const names = readdirSync(benches).flatMap((file) =>
      [...readFileSync(new URL(file, benches), 'utf8').matchAll(/createReport\(\s*'([^']+)'/g)].map((match) => match[1]!),
    );
    expect(names.sort()).toEqual(['browser', 'build-index', 'lighthouse', 'query', 'rebuild', 'rebuild-compare', 'typing']);
    for (const name of names) for (const marker of sectionMarkers(name)) expect(doc, marker).toContain(marker);
    // The scale bench writes a section per corpus: the default one is on the page.
    for (const marker of sectionMarkers('scale-reuters')) expect(doc).toContain(marker);
  });
});
