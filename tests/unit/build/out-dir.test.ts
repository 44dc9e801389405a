import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyOutDirExcept, OutputWriter } from '../../../src/build/out-dir.ts';

const scratch = mkdtempSync(join(tmpdir(), 'out-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('OutputWriter over an earlier build', () => {
  it('overwrites longer and shorter files exactly, leaves unchanged ones alone, and removes what it did not write again', async () => {
    const out = join(scratch, 'out');
    const first = new OutputWriter(out);
    first.write('a.html', 'a short page');
    first.write('b.html', 'a page that will become shorter');
    first.write('same.json', '{"same":true}');
    first.write('articles/gone/index.html', 'an article since removed');
    first.write('data/old/list.json', '[1]');
    first.write('data/old/stale.json', '[2]');
    const { files } = first.finish();
    const unchangedAt = statSync(join(out, 'same.json')).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));

    const second = new OutputWriter(out, files);
    second.reuseFolder('data/old/', 'data/new/');
    second.write('a.html', 'a short page, now a good deal longer');
    second.write('b.html', 'shorter');
    second.write('same.json', '{"same":true}');
    second.write('data/new/list.json', '[1,2]');
    expect(second.finish().files).toEqual(['a.html', 'b.html', 'data/new/list.json', 'same.json']);

    expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe('a short page, now a good deal longer');
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toBe('shorter');
    expect(statSync(join(out, 'same.json')).mtimeMs).toBe(unchangedAt);
    expect(readFileSync(join(out, 'data/new/list.json'), 'utf8')).toBe('[1,2]');
    for (const gone of ['articles', 'data/old', 'data/new/stale.json']) expect(existsSync(join(out, gone)), gone).toBe(false);
  });
});

describe('emptyOutDirExcept', () => {
  it('keeps only the listed files (and .git), removing folders it empties', () => {
    const out = join(scratch, 'empty');
    for (const file of ['index.html', 'assets/app-1234.js', 'articles/x/index.html', 'articles/y/index.html', '.git/HEAD']) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), file);
    }
    emptyOutDirExcept(out, new Set(['articles/x/index.html']));
    expect(existsSync(join(out, 'articles/x/index.html'))).toBe(true);
    expect(existsSync(join(out, '.git/HEAD'))).toBe(true);
    for (const gone of ['index.html', 'assets', 'articles/y']) expect(existsSync(join(out, gone)), gone).toBe(false);
  });
});
