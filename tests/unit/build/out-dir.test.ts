import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputWriter } from '../../../src/build/out-dir.ts';
import { discardStaging, prepareStaging, stagingFor, swapIn } from '../../../src/build/staging.ts';

const scratch = mkdtempSync(join(tmpdir(), 'out-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('OutputWriter beside an earlier build', () => {
  it('links the files whose bytes are unchanged, writes the others as new files, and never writes into an old one', () => {
    const old = join(scratch, 'old');
    const first = new OutputWriter(old);
    for (const [path, content] of [
      ['a.html', 'a short page'],
      ['same.json', '{"same":true}'],
      ['data/old/list.json', '[1]'],
      ['data/old/same.json', '[2]'],
      ['index.html', 'prerendered'],
    ])
      first.write(path!, content!);
    const inode = (file: string) => statSync(file).ino;

    const next = join(scratch, 'next');
    mkdirSync(next);
    // Vite's own index.html, which the prerendered one replaces.
    writeFileSync(join(next, 'index.html'), '<!--app-html-->');
    const second = new OutputWriter(next, old);
    second.reuseFolder('data/old/', 'data/new/');
    second.write('a.html', 'a short page, now a good deal longer');
    second.write('same.json', '{"same":true}');
    second.write('data/new/list.json', '[1,2]');
    second.write('data/new/same.json', '[2]');
    second.write('index.html', 'prerendered');
    expect(second.finish().files).toEqual(['a.html', 'data/new/list.json', 'data/new/same.json', 'index.html', 'same.json']);

    expect(readFileSync(join(old, 'a.html'), 'utf8')).toBe('a short page');
    expect(readFileSync(join(old, 'data/old/list.json'), 'utf8')).toBe('[1]');
    expect(readFileSync(join(next, 'a.html'), 'utf8')).toBe('a short page, now a good deal longer');
    expect(readFileSync(join(next, 'data/new/list.json'), 'utf8')).toBe('[1,2]');
    expect(readFileSync(join(next, 'index.html'), 'utf8')).toBe('prerendered');
    expect(inode(join(next, 'same.json'))).toBe(inode(join(old, 'same.json')));
    expect(inode(join(next, 'data/new/same.json'))).toBe(inode(join(old, 'data/old/same.json')));
    expect(inode(join(next, 'a.html'))).not.toBe(inode(join(old, 'a.html')));
  });
});

describe('staging', () => {
  it('swaps a finished site in, keeping .git, and puts back an output a killed swap had moved aside', () => {
    const out = join(scratch, 'site');
    for (const file of ['index.html', 'stale.html', '.git/HEAD']) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), file);
    }
    const staging = stagingFor(out);
    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'new');
    swapIn(staging, (path) => path.startsWith('.git/'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('.git/HEAD');
    for (const gone of [join(out, 'stale.html'), staging.next, staging.old]) expect(existsSync(gone), gone).toBe(false);

    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'never finished');
    discardStaging(staging);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');

    // Killed between the two renames of a swap.
    renameSync(out, staging.old);
    prepareStaging(staging);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('replaces the folder an output link names, keeping the link', () => {
    const real = join(scratch, 'releases/v1');
    mkdirSync(real, { recursive: true });
    writeFileSync(join(real, 'index.html'), 'v1');
    const link = join(scratch, 'live');
    symlinkSync('releases/v1', link);
    const staging = stagingFor(link);
    expect(staging.target).toBe(real);
    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'v1, rebuilt');
    swapIn(staging);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('v1, rebuilt');
    expect(readdirSync(join(scratch, 'releases'))).toEqual(['v1']);
  });
});
