import { createHash } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPublish, planPublish, publish, recoverPublish, type InPlaceSite } from '../../../src/node/publish.ts';
import { listOutput, outputUnlisted } from '../../../src/node/output-list.ts';
import { isShellFile, SHELL_PATTERNS } from '../../../src/node/shell-files.ts';
import { prepareStaging, stagingFor, type Staging } from '../../../src/node/staging.ts';

const scratch = mkdtempSync(join(tmpdir(), 'publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function put(folder: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
}

/** Every entry under `dir`: folders, and files with their inode and a hash of their bytes. */
function entries(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    all[relative(dir, path)] = entry.isDirectory()
      ? 'folder'
      : `${lstatSync(path).ino} ${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12)}`;
  }
  return all;
}

/** Files' bytes only, by path: what a reader of the output sees. */
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );

const OLD = {
  'index.html': 'front page',
  'favicon.svg': '<svg/>',
  'assets/app-1.js': 'app one',
  'articles/a/index.html': 'page a',
  'articles/b/index.html': 'page b',
  'articles/gone/index.html': 'a page whose seed was removed',
  'data/111/articles/a.json': 'a',
  'data/111/articles/b.json': 'b',
  'became-folder': 'a file',
  'became-file/inner.txt': 'a folder',
  'stray.txt': 'put here by hand',
  '.git/HEAD': 'ref: refs/heads/pages',
};

/**
 * An output with the old site, and a staging folder with what a rebuild in place writes: a
 * changed page, a new page, a new data folder (the old one's unchanged file linked), Vite's
 * files (the favicon unchanged, a new script), and two entries whose kind changes.
 */
function rebuild(name: string): { staging: Staging; site: InPlaceSite } {
  const out = join(scratch, name, 'dist');
  put(out, OLD);
  const staging = stagingFor(out);
  prepareStaging(staging);
  const next = staging.next;
  put(next, {
    'index.html': '<!--app-html-->',
    'favicon.svg': '<svg/>',
    'assets/app-2.js': 'app two',
    'articles/b/index.html': 'page b, edited',
    'articles/c/index.html': 'page c, new',
    'data/222/articles/b.json': 'b, edited',
    'became-folder/inner.txt': 'now a folder',
    'became-file': 'now a file',
  });
  mkdirSync(join(next, 'data/222/articles'), { recursive: true });
  linkSync(join(out, 'data/111/articles/a.json'), join(next, 'data/222/articles/a.json'));
  const site: InPlaceSite = {
    kept: new Set(['index.html', 'articles/a/index.html']),
    written: new Set([
      'articles/b/index.html',
      'articles/c/index.html',
      'data/222/articles/a.json',
      'data/222/articles/b.json',
      'became-folder/inner.txt',
      'became-file',
    ]),
  };
  return { staging, site };
}

const NEW = {
  'index.html': 'front page',
  'favicon.svg': '<svg/>',
  'assets/app-2.js': 'app two',
  'articles/a/index.html': 'page a',
  'articles/b/index.html': 'page b, edited',
  'articles/c/index.html': 'page c, new',
  'data/222/articles/a.json': 'a',
  'data/222/articles/b.json': 'b, edited',
  'became-folder/inner.txt': 'now a folder',
  'became-file': 'now a file',
  '.git/HEAD': 'ref: refs/heads/pages',
};

describe('publishing a rebuild in place', () => {
  it('moves in only what changed: new entries whole, changed files replaced, entries the site lost removed', () => {
    const { staging, site } = rebuild('plan');
    const plan = planPublish(staging.target, staging.next, site);
    expect(plan.adds.sort()).toEqual(['articles/c', 'assets/app-2.js', 'became-file', 'became-folder', 'data/222']);
    expect(plan.replaces.sort()).toEqual(['articles/b/index.html']);
    expect(plan.removes.sort()).toEqual(['articles/gone', 'assets/app-1.js', 'became-file', 'became-folder', 'data/111', 'stray.txt']);
  });

  it('leaves the output with exactly the new site, old files untouched (a snapshot sharing them keeps its bytes)', () => {
    const { staging, site } = rebuild('apply');
    const out = staging.target;
    const snapshot = join(scratch, 'apply', 'snapshot');
    for (const path of Object.keys(OLD)) {
      mkdirSync(dirname(join(snapshot, path)), { recursive: true });
      linkSync(join(out, path), join(snapshot, path));
    }
    const kept = lstatSync(join(out, 'articles/a/index.html')).ino;
    const plan = publish(staging, site);
    expect(plan).not.toBeNull();
    expect(contents(out)).toEqual(NEW);
    expect(contents(snapshot)).toEqual(OLD);
    expect(lstatSync(join(out, 'articles/a/index.html')).ino).toBe(kept);
    for (const beside of [staging.next, staging.journal, staging.undo]) expect(existsSync(beside), beside).toBe(false);
  });

  it('is rolled back to the old output, entry for entry, by the next build when killed after any step', () => {
    const { staging, site } = rebuild('count');
    const total = (({ adds, replaces, removes }) => adds.length + replaces.length + removes.length)(planPublish(staging.target, staging.next, site));
    expect(total).toBe(12);
    for (let taken = 0; taken <= total; taken++) {
      const { staging, site } = rebuild(`killed-${taken}`);
      const before = entries(staging.target);
      const plan = planPublish(staging.target, staging.next, site);
      let steps = 0;
      const kill = () => {
        if (++steps > taken) throw new Error('killed');
      };
      if (taken < total) expect(() => applyPublish(staging, plan, kill)).toThrow('killed');
      else applyPublish(staging, plan, kill);
      // A killed build leaves its journal; the next one rolls back before anything else.
      expect(recoverPublish(staging), `after ${taken} steps`).toBe(taken < total);
      if (taken < total) expect(entries(staging.target), `after ${taken} steps`).toEqual(before);
      else expect(contents(staging.target)).toEqual(NEW);
      expect(existsSync(staging.journal)).toBe(false);
      // The list of the output's files is written last: a rolled-back publish leaves none.
      expect(existsSync(staging.files)).toBe(taken === total);
    }
  });

  it("finds what to remove from the last publish's list of files, listing only the output's top level", async () => {
    const { staging, site } = rebuild('listed');
    const out = staging.target;
    expect(outputUnlisted(staging)).toBe(true);
    publish(staging, site);
    expect(existsSync(staging.files)).toBe(true);
    expect(outputUnlisted(staging)).toBe(false);
    // Put there by hand: at the top, and inside a page's folder.
    put(out, { 'top.txt': 'a note at the top', 'articles/a/notes.txt': 'a note beside a page' });

    // The next rebuild: the seed of page c is gone, a new script, page b edited again.
    const next = () => {
      prepareStaging(staging);
      put(staging.next, {
        'index.html': '<!--app-html-->',
        'favicon.svg': '<svg/>',
        'assets/app-3.js': 'app three',
        'articles/b/index.html': 'page b, edited twice',
      });
      return {
        kept: new Set([
          'index.html',
          'articles/a/index.html',
          'data/222/articles/a.json',
          'data/222/articles/b.json',
          'became-file',
          'became-folder/inner.txt',
        ]),
        written: new Set(['articles/b/index.html']),
      };
    };
    const listed = JSON.parse(readFileSync(staging.files, 'utf8')).files;
    const site2 = next();
    const plan = planPublish(out, staging.next, site2, listed);
    expect(plan.removes.sort()).toEqual(['articles/c', 'assets/app-2.js', 'top.txt']);
    // Without the list, the whole output is listed, and the note inside a page's folder goes too.
    expect(planPublish(out, staging.next, next(), null).removes.sort()).toEqual(['articles/a/notes.txt', 'articles/c', 'assets/app-2.js', 'top.txt']);
    // Listed ahead on another thread (the output's .git folder named, not entered): the same.
    put(out, { '.git/objects/ab/cdef': 'blob' });
    const listing = await listOutput(out);
    expect(listing).toEqual(expect.arrayContaining(['.git/', 'articles/', 'articles/a/', 'articles/a/notes.txt', 'top.txt']));
    expect(listing.indexOf('articles/a/')).toBeLessThan(listing.indexOf('articles/a/notes.txt'));
    expect(listing.some((path) => path.startsWith('.git/objects'))).toBe(false);
    const walked = planPublish(out, staging.next, next(), null).removes;
    expect(planPublish(out, staging.next, next(), null, listing).removes.sort()).toEqual(walked.sort());
    rmSync(join(out, '.git/objects'), { recursive: true });

    expect(publish(staging, next())?.removes.sort()).toEqual(['articles/c', 'assets/app-2.js', 'top.txt']);
    const { 'articles/c/index.html': _gone, 'assets/app-2.js': _old, ...rest } = NEW;
    expect(contents(out)).toEqual({
      ...rest,
      'assets/app-3.js': 'app three',
      'articles/b/index.html': 'page b, edited twice',
      'articles/a/notes.txt': 'a note beside a page',
    });

    // A list from another folder of the same name (a swap made a new one) is not trusted.
    expect(publish(staging, next(), {}, 0)).toBeNull();
    expect(existsSync(staging.files)).toBe(false);
    writeFileSync(staging.files, JSON.stringify({ folder: lstatSync(out).ino + 1, files: ['index.html'] }));
    expect(outputUnlisted(staging)).toBe(true);
  });

  it('removes the torn temporary files of a journal or list a killed build was writing, and nothing else beside the output', () => {
    const { staging } = rebuild('torn');
    const beside = dirname(staging.target);
    put(beside, { '.dist.journal.4242.tmp': '{"removes":[', '.dist.files.4243.tmp': '{"fol', 'notes.tmp': 'mine', '.dist.journal.draft.tmp': 'mine too' });
    expect(recoverPublish(staging)).toBe(false);
    expect(readdirSync(beside).sort()).toEqual(['.dist.journal.draft.tmp', '.dist.next', 'dist', 'notes.tmp']);
  });

  // Limit 3: the plan is worked out, and has more steps. Limit 2: three files are written
  // into folders the output has, so it is not even worked out.
  it.each([3, 2])('swaps the whole site in when it takes more steps than the limit (%i), with the same result', (limit) => {
    const { staging, site } = rebuild(`swap-${limit}`);
    const kept = lstatSync(join(staging.target, 'articles/a/index.html')).ino;
    expect(publish(staging, site, { entries: ['.git'] }, limit)).toBeNull();
    expect(contents(staging.target)).toEqual(NEW);
    // Kept files are linked into the new tree, not copied.
    expect(lstatSync(join(staging.target, 'articles/a/index.html')).ino).toBe(kept);
  });
});

describe('the app shell', () => {
  it('is the files the service worker globs name', () => {
    const paths = [
      'index.html',
      'archive.json',
      'favicon.svg',
      'icon-192.png',
      'assets/index-abc.js',
      'assets/index-abc.css',
      'assets/fonts/x.woff2',
      'assets/deep/chunk.js',
      'data/3f2a/list/0.json',
      'data/3f2a/list/1.json',
      'data/3f2a/list/10.json',
      'data/3f2a/x/list/0.json',
      'data/list/0.json',
      'articles/a/index.html',
      '404.html',
      'feed.xml',
      'images/a.png',
    ];
    for (const path of paths) expect(isShellFile(path), path).toBe(SHELL_PATTERNS.some((pattern) => matchesGlob(path, pattern)));
  });
});
