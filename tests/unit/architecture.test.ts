import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => join(src, f));
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const area = (file: string) => relative(src, file).split('/')[0]!;

describe('the layout of src/', () => {
  it('keeps content/ pure: no React, no Vite, no node:, no virtual modules, no DOM-side code', () => {
    const offending = files
      .filter((f) => area(f) === 'content')
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => /^(react|react-dom|react-router|vite|node:|virtual:)/.test(i) || /\.\.\/(app|features|components|build)\//.test(i))
          .map((i) => `${relative(src, f)} imports ${i}`),
      );
    expect(offending).toEqual([]);
  });

  it('lets imports flow one way: app → features → components/content, build → content', () => {
    const allowed: Record<string, string[]> = {
      app: ['app', 'features', 'components', 'content'],
      features: ['features', 'components', 'content'],
      components: ['components', 'content'],
      build: ['build', 'content'],
      content: ['content'],
    };
    const offending = files.flatMap((f) => {
      const from = area(f);
      if (!(from in allowed)) return [];
      return importsOf(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(src, join(f, '..', i)))
        .filter((target) => !allowed[from]!.includes(target.split('/')[0]!))
        .map((target) => `${relative(src, f)} → ${target}`);
    });
    expect(offending).toEqual([]);
  });

  it('keeps features apart from each other', () => {
    const offending = files
      .filter((f) => area(f) === 'features')
      .flatMap((f) => {
        const feature = relative(src, f).split('/')[1];
        return importsOf(f).filter(
          (i) => /\.\.\/\.\.\/features\//.test(i) || (i.startsWith('../') && !i.startsWith('../../') && !i.startsWith(`../${feature}/`)),
        );
      });
    expect(offending).toEqual([]);
  });

  it('imports each build-time virtual module in one place only', () => {
    const importersOf = (module: string) => files.filter((f) => importsOf(f).includes(module)).map((f) => relative(src, f));
    expect(importersOf('virtual:archive')).toEqual(['app/archive.ts']);
    expect(importersOf('virtual:pwa-register')).toEqual(['app/boot/start-app.tsx']);
    expect(files.flatMap((f) => importsOf(f).filter((i) => i.startsWith('virtual:') && i !== 'virtual:archive' && i !== 'virtual:pwa-register'))).toEqual([]);
  });
});
