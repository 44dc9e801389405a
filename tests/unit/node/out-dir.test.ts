import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { makeFoldersFor, OutputWriter, touchedFiles } from '../../../src/node/out-dir.ts';
import { discardStaging, prepareStaging, removals, stagingFor, swapIn } from '../../../src/node/staging.ts';

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

  it('links a file made from the same stamp unread, and writes anew one made from another stamp or touched since', () => {
    const old = join(scratch, 'stamped-old');
    const first = new OutputWriter(old);
    first.write('articles/a/index.html', 'page a', 'key-a');
    first.write('articles/b/index.html', 'page b', 'key-b');
    first.write('articles/c/index.html', 'page c', 'key-c');
    first.write('feed.xml', 'feed');
    const record = first.finish();
    expect(Object.keys(record.stamps).sort()).toEqual(['articles/a/index.html', 'articles/b/index.html', 'articles/c/index.html']);
    expect([...record.folders].sort()).toEqual(['articles', 'articles/a', 'articles/b', 'articles/c']);
    // Edited in place after the build, keeping its size: its time tells.
    writeFileSync(join(old, 'articles/c/index.html'), 'page C');
    utimesSync(join(old, 'articles/c/index.html'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const inode = (file: string) => statSync(file).ino;

    const next = join(scratch, 'stamped-next');
    mkdirSync(next);
    const second = new OutputWriter(next, old, record.stamps);
    expect(second.reuse('articles/a/index.html', 'key-a')).toBe(true);
    expect(second.reuse('articles/b/index.html', 'key-b2')).toBe(false);
    expect(second.reuse('articles/c/index.html', 'key-c')).toBe(false);
    // The same bytes from another stamp: a new file, not a link (their bytes were not compared).
    second.write('articles/b/index.html', 'page b', 'key-b2');
    second.write('articles/c/index.html', 'page c', 'key-c');
    second.write('feed.xml', 'feed');
    expect(inode(join(next, 'articles/a/index.html'))).toBe(inode(join(old, 'articles/a/index.html')));
    expect(inode(join(next, 'articles/b/index.html'))).not.toBe(inode(join(old, 'articles/b/index.html')));
    expect(readFileSync(join(next, 'articles/c/index.html'), 'utf8')).toBe('page c');
    expect(readFileSync(join(old, 'articles/c/index.html'), 'utf8')).toBe('page C');
    expect(inode(join(next, 'feed.xml'))).toBe(inode(join(old, 'feed.xml')));
    const again = second.finish();
    expect(again.files).toEqual(['articles/a/index.html', 'articles/b/index.html', 'articles/c/index.html', 'feed.xml']);
    expect(again.sizes.get('articles/a/index.html')).toBe(6);
    // The next build can link all three stamped files again.
    const third = new OutputWriter(join(scratch, 'stamped-third'), next, again.stamps);
    mkdirSync(third.outDir);
    for (const [path, stamp] of [
      ['articles/a/index.html', 'key-a'],
      ['articles/b/index.html', 'key-b2'],
      ['articles/c/index.html', 'key-c'],
    ])
      expect(third.reuse(path!, stamp!), path).toBe(true);
  });

  it('makes a file from what makes it only when it cannot link the old one', () => {
    const old = join(scratch, 'made-old');
    const first = new OutputWriter(old);
    first.write('data/a.json', () => 'a', 'hash-a');
    const record = first.finish();
    expect(readFileSync(join(old, 'data/a.json'), 'utf8')).toBe('a');
    const next = join(scratch, 'made-next');
    mkdirSync(next);
    const second = new OutputWriter(next, old, record.stamps);
    const made: string[] = [];
    const maker = (text: string) => () => (made.push(text), text);
    second.write('data/a.json', maker('a'), 'hash-a');
    second.write('data/b.json', maker('b'), 'hash-b');
    expect(made).toEqual(['b']);
    expect(readFileSync(join(next, 'data/a.json'), 'utf8')).toBe('a');
    expect(readFileSync(join(next, 'data/b.json'), 'utf8')).toBe('b');
  });
});

describe("the old output's files, looked at on another thread", () => {
  it('are those not as the build record has them, and a writer links the others unread', async () => {
    const old = join(scratch, 'ahead-old');
    const first = new OutputWriter(old);
    for (const name of ['a', 'b', 'c', 'd', 'e']) first.write(`articles/${name}/index.html`, `page ${name}`, `key-${name}`);
    first.write('feed.xml', 'feed');
    const record = first.finish();
    const recordFile = join(scratch, 'ahead-record.json');
    writeFileSync(recordFile, JSON.stringify({ files: record.files, dataPath: 'data/x/', stamps: record.stamps }));
    const edit = (name: string) => {
      // Keeping its size: its time tells.
      writeFileSync(join(old, `articles/${name}/index.html`), `page ${name.toUpperCase()}`);
      utimesSync(join(old, `articles/${name}/index.html`), new Date(2001, 1, 1), new Date(2001, 1, 1));
    };
    edit('b');
    rmSync(join(old, 'articles/c/index.html'));
    symlinkSync('../a/index.html', join(old, 'articles/c/index.html'));
    rmSync(join(old, 'articles/d/index.html'));
    const touched = await touchedFiles(old, recordFile);
    expect([...touched].sort()).toEqual(['articles/b/index.html', 'articles/c/index.html', 'articles/d/index.html']);
    // The build's own window: what was looked at is what the writer goes by.
    edit('e');

    const next = join(scratch, 'ahead-next');
    mkdirSync(next);
    const second = new OutputWriter(next, old, record.stamps, false, touched);
    expect(['a', 'b', 'c', 'd', 'e'].map((name) => second.reuse(`articles/${name}/index.html`, `key-${name}`))).toEqual([true, false, false, false, true]);
    expect(statSync(join(next, 'articles/a/index.html')).ino).toBe(statSync(join(old, 'articles/a/index.html')).ino);
    expect(second.finish().sizes.get('articles/a/index.html')).toBe(6);
  });
});

describe('links made later, on another thread', () => {
  it('are all there once the writer says so, and a link that cannot be made fails the wait with its reason', async () => {
    const old = join(scratch, 'later-old');
    const first = new OutputWriter(old);
    const names = Array.from({ length: 500 }, (_, i) => `data/old/articles/${i}.json`);
    names.forEach((path, i) => first.write(path, `{"article":${i}}`, `hash-${i}`));
    const record = first.finish();

    const next = join(scratch, 'later-next');
    mkdirSync(next);
    const second = new OutputWriter(next, old, record.stamps);
    second.reuseFolder('data/old/', 'data/new/');
    const made: string[] = [];
    second.linkLater(() => names.forEach((path, i) => second.write(path.replace('/old/', '/new/'), () => (made.push(path), 'never'), `hash-${i}`)));
    await second.linked();
    expect(made).toEqual([]);
    for (const path of names) expect(statSync(join(next, path.replace('/old/', '/new/'))).ino, path).toBe(statSync(join(old, path)).ino);
    expect(second.finish().files).toHaveLength(500);

    const third = new OutputWriter(join(scratch, 'later-third'), next, second.finish().stamps);
    mkdirSync(third.outDir);
    third.linkLater(() => third.write('data/new/articles/0.json', 'never', 'hash-0'));
    // Its old file goes after the writer took it as unchanged, before the link is made.
    rmSync(join(next, 'data/new/articles/0.json'));
    await expect(third.linked()).rejects.toThrow(/ENOENT.*0\.json/);
  });
});

describe('OutputWriter for a rebuild published in place', () => {
  it('leaves unchanged files in the old output, stages only new or changed ones, and links kept shell files for workbox', () => {
    const old = join(scratch, 'in-place-old');
    const first = new OutputWriter(old);
    first.write('index.html', 'front page');
    first.write('articles/a/index.html', 'page a', 'key-a');
    first.write('articles/b/index.html', 'page b', 'key-b');
    first.write('data/old/list/0.json', '[1]');
    first.write('feed.xml', 'feed');
    const record = first.finish();

    const next = join(scratch, 'in-place-next');
    mkdirSync(next);
    // Vite's index.html, which the old output's prerendered one, unchanged, stands for.
    writeFileSync(join(next, 'index.html'), '<!--app-html-->');
    const second = new OutputWriter(next, old, record.stamps, true);
    second.reuseFolder('data/old/', 'data/new/');
    expect(second.reuse('articles/a/index.html', 'key-a')).toBe(true);
    second.write('articles/b/index.html', 'page b', 'key-b2');
    second.write('index.html', 'front page');
    second.write('feed.xml', 'feed, with a new entry');
    second.write('data/new/list/0.json', '[1]');
    second.linkKept((path) => path === 'index.html' || path === 'articles/a/index.html');
    const written = second.finish();
    expect([...written.kept].sort()).toEqual(['articles/a/index.html', 'index.html']);
    expect(written.files).toEqual(['articles/a/index.html', 'articles/b/index.html', 'data/new/list/0.json', 'feed.xml', 'index.html']);
    // The next build can still take the kept page's file unread: its identity is the old one's.
    expect(written.stamps['articles/a/index.html']).toBe(record.stamps['articles/a/index.html']);

    const staged = readdirSync(next, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(next.length + 1))
      .sort();
    expect(staged).toEqual(['articles/a/index.html', 'articles/b/index.html', 'data/new/list/0.json', 'feed.xml', 'index.html']);
    const inode = (file: string) => statSync(file).ino;
    for (const path of ['index.html', 'articles/a/index.html', 'data/new/list/0.json'])
      expect(inode(join(next, path)), path).toBe(inode(join(old, path.replace('data/new/', 'data/old/'))));
    expect(readFileSync(join(next, 'feed.xml'), 'utf8')).toBe('feed, with a new entry');
    expect(readFileSync(join(old, 'feed.xml'), 'utf8')).toBe('feed');
  });
});

describe('folders made ahead', () => {
  it("are the writer's own once adopted, and those no file went into are removed when it finishes", async () => {
    const outDir = join(scratch, 'ahead');
    mkdirSync(outDir);
    const made = await makeFoldersFor(outDir, ['articles/a/index.html', 'articles/b/index.html', 'index.html']);
    expect(made.sort()).toEqual(['articles', 'articles/a', 'articles/b']);
    const out = new OutputWriter(outDir);
    out.adopt(made);
    out.write('articles/a/index.html', 'a');
    const written = out.finish();
    expect(readdirSync(join(outDir, 'articles'))).toEqual(['a']);
    expect([...written.folders].sort()).toEqual(['articles', 'articles/a']);

    const empty = join(scratch, 'ahead-empty');
    mkdirSync(empty);
    const none = new OutputWriter(empty);
    none.adopt(await makeFoldersFor(empty, ['articles/a/index.html']));
    expect(none.finish().folders.size).toBe(0);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('fail with the reason when a folder cannot be made, and make every one of thousands', async () => {
    const blocked = join(scratch, 'ahead-blocked');
    mkdirSync(join(blocked, 'articles'), { recursive: true });
    writeFileSync(join(blocked, 'articles', 'b'), 'a file where a folder should go');
    await expect(makeFoldersFor(blocked, ['articles/a/index.html', 'articles/b/index.html'])).rejects.toThrow(/EEXIST.*articles\/b/);

    const many = join(scratch, 'ahead-many');
    mkdirSync(many);
    const pages = Array.from({ length: 3000 }, (_, i) => `articles/${i}/index.html`);
    expect((await makeFoldersFor(many, pages)).length).toBe(3001);
    expect(readdirSync(join(many, 'articles'))).toHaveLength(3000);
  });
});

describe('staging', () => {
  it('swaps a finished site in, keeping .git, and puts back an output a killed swap had moved aside', async () => {
    const out = join(scratch, 'site');
    for (const file of ['index.html', 'stale.html', '.git/HEAD']) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), file);
    }
    const staging = stagingFor(out);
    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'new');
    swapIn(staging, { entries: ['.git'] });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, '.git/HEAD'), 'utf8')).toBe('.git/HEAD');
    for (const gone of [join(out, 'stale.html'), staging.next, staging.old]) expect(existsSync(gone), gone).toBe(false);
    // The replaced output is removed by a process of its own, after the swap.
    await vi.waitFor(() => expect(removals(staging)).toEqual([]), { timeout: 10_000, interval: 50 });

    // A remover stopped halfway: the next build has its leftovers removed.
    const leftover = `${staging.removing}1-2`;
    mkdirSync(join(leftover, 'articles/a'), { recursive: true });
    writeFileSync(join(leftover, 'articles/a/index.html'), 'old');
    expect(removals(staging)).toEqual([leftover]);

    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'never finished');
    discardStaging(staging);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    await vi.waitFor(() => expect(existsSync(leftover)).toBe(false), { timeout: 10_000, interval: 50 });

    // Killed between the two renames of a swap.
    renameSync(out, staging.old);
    prepareStaging(staging);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it("keeps a worktree's .git file as well as a .git folder, and whatever a kept-file rule names", async () => {
    const out = join(scratch, 'worktree-site');
    mkdirSync(join(out, 'notes'), { recursive: true });
    writeFileSync(join(out, '.git'), 'gitdir: ../repo/.git/worktrees/site\n');
    writeFileSync(join(out, 'notes/keep.txt'), 'the publisher put this here');
    writeFileSync(join(out, 'old.html'), 'from the last build');
    const staging = stagingFor(out);
    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'new');
    swapIn(staging, { entries: ['.git'], file: (path) => path.startsWith('notes/') });
    expect(readFileSync(join(out, '.git'), 'utf8')).toBe('gitdir: ../repo/.git/worktrees/site\n');
    expect(readFileSync(join(out, 'notes/keep.txt'), 'utf8')).toBe('the publisher put this here');
    expect(existsSync(join(out, 'old.html'))).toBe(false);

    // An output Vite empties: only the kept entries are looked at.
    prepareStaging(staging);
    writeFileSync(join(staging.next, 'index.html'), 'newer');
    swapIn(staging, { entries: ['.git'] });
    expect(readFileSync(join(out, '.git'), 'utf8')).toBe('gitdir: ../repo/.git/worktrees/site\n');
    expect(existsSync(join(out, 'notes/keep.txt'))).toBe(false);
    await vi.waitFor(() => expect(removals(staging)).toEqual([]), { timeout: 10_000, interval: 50 });
  });

  it('replaces the folder an output link names, keeping the link', async () => {
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
    await vi.waitFor(() => expect(readdirSync(join(scratch, 'releases'))).toEqual(['v1']), { timeout: 10_000, interval: 50 });
  });
});
