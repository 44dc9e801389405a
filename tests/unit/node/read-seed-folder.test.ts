import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedFilesAhead, readSeedFolder, type FoundSeed } from '../../../src/node/read-seed-folder.ts';
import { parseSeedFile } from '../../../src/content/seeds/collect-seeds.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'seed-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readSeedFolder', () => {
  it("takes the seeds' images beside them for images, not stray files, and other files for stray ones", () => {
    const seeds = join(scratch, 'with-images');
    mkdirSync(join(seeds, '2024'), { recursive: true });
    writeFileSync(join(seeds, '2024', 'a.md'), '---\ndate: 2024-06-03\nid: 0123456789abcdef\n---\nText.\n');
    for (const name of ['photo.JPG', 'chart.png', 'b.webp']) writeFileSync(join(seeds, '2024', name), 'bytes');
    writeFileSync(join(seeds, '2024', 'notes.docx'), 'bytes');
    const { articles, problems } = readSeedFolder(seeds);
    expect(articles).toHaveLength(1);
    expect(problems.map((p) => p.file)).toEqual(['2024/notes.docx']);
  });

  it('reads subfolders, reports every entry it does not read (links inside, outside or dangling), and never follows a link', () => {
    const seeds = join(scratch, 'seeds');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    const outside = join(scratch, '500_5555555555555555.txt');
    writeFileSync(outside, ' date 2024-01-02 A SECRET FROM ELSEWHERE\n\nNot part of the archive.\n');
    symlinkSync(outside, join(seeds, '501_5555555555555556.txt'));
    symlinkSync('000_693449e0a82507a3.txt', join(seeds, '502_5555555555555557.txt'));
    symlinkSync('nowhere.txt', join(seeds, 'dangling.txt'));
    mkdirSync(join(seeds, 'more', 'deeper'), { recursive: true });
    writeFileSync(join(seeds, 'more', '600_6666666666666666.txt'), ' date 2024-01-02 NESTED\n\nIn a subfolder.\n');
    writeFileSync(join(seeds, 'more', 'deeper', 'slug-name.txt'), ' date 2024-01-03 DEEPER\n\nTwo folders down.\n');
    symlinkSync(outside, join(seeds, 'more', '503_5555555555555558.txt'));
    symlinkSync(scratch, join(seeds, 'linked-folder'));
    mkdirSync(join(seeds, '700_7777777777777777.txt'));
    mkdirSync(join(seeds, '.git'));
    writeFileSync(join(seeds, '.git', '800_8888888888888888.txt'), ' date 2024-01-02 HIDDEN\n\nIn a hidden folder.\n');
    mkdirSync(join(seeds, 'more', '.cache'));
    writeFileSync(join(seeds, 'more', '.cache', '801_8888888888888889.txt'), ' date 2024-01-02 HIDDEN\n\nIn a hidden folder.\n');

    const { articles, problems } = readSeedFolder(seeds);
    expect(articles).toHaveLength(10);
    expect(articles.map((a) => a.file)).toEqual(expect.arrayContaining(['more/600_6666666666666666.txt', 'more/deeper/slug-name.txt']));
    expect(articles.some((a) => /secret|hidden/i.test(a.title))).toBe(false);
    const reported = Object.fromEntries(problems.map((p) => [p.file, `${p.severity}: ${p.message}`]));
    expect(Object.keys(reported).sort()).toEqual([
      '501_5555555555555556.txt',
      '502_5555555555555557.txt',
      'dangling.txt',
      'linked-folder',
      'more/503_5555555555555558.txt',
      'more/deeper/slug-name.txt',
    ]);
    expect(reported['501_5555555555555556.txt']).toMatch(/^warning: is a symbolic link, though it is named like a seed, and links are not followed/);
    expect(reported['more/503_5555555555555558.txt']).toMatch(/^warning: is a symbolic link, though it is named like a seed/);
    expect(reported['linked-folder']).toMatch(/^warning: is a symbolic link, and links are not followed/);
    expect(reported['more/deeper/slug-name.txt']).toMatch(/^warning: has no id in its name or front matter/);
  });

  it('takes the bytes read ahead on another thread, those of the files it would read, and reads itself any file left out', async () => {
    const seeds = join(scratch, 'ahead');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    mkdirSync(join(seeds, '2024'));
    writeFileSync(join(seeds, '2024', '600_6666666666666666.txt'), ' date 2024-01-02 NESTED\n\nIn a subfolder.\n');
    writeFileSync(join(seeds, 'photo.png'), 'not a seed');
    symlinkSync('000_693449e0a82507a3.txt', join(seeds, '601_6666666666666667.txt'));
    const read = await readSeedFilesAhead(seeds);
    const plain = readSeedFolder(seeds);
    expect([...read.bytes.keys()].sort()).toEqual(plain.articles.map((a) => a.file).sort());
    for (const [name, bytes] of read.bytes) expect(bytes.equals(readFileSync(join(seeds, name))), name).toBe(true);
    expect(readSeedFolder(seeds, {}, undefined, read)).toEqual(plain);

    // Up to its limit: the files after the first that reaches it are left to be read.
    const some = await readSeedFilesAhead(seeds, 1);
    expect(some.bytes.size).toBe(1);
    expect(readSeedFolder(seeds, {}, undefined, some)).toEqual(plain);

    // What it is given is what it parses; what it is not given, it reads.
    const given = new Map([['2024/600_6666666666666666.txt', Buffer.from(' date 2024-01-02 AS READ AHEAD\n\nIn a subfolder.\n')]]);
    const titles = readSeedFolder(seeds, {}, undefined, { bytes: given }).articles.map((a) => a.title);
    expect(titles).toContain('As Read Ahead');
    expect(titles).toEqual(expect.arrayContaining(plain.articles.map((a) => a.title).filter((t) => t !== 'Nested')));
  });

  it('stamps each file by its size, times and inode, once it has not changed for a while, and reads only the files parse asks for', async () => {
    const seeds = join(scratch, 'stamps');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    const name = '000_693449e0a82507a3.txt';
    // Just written: changed too recently for a stamp to be trusted.
    expect((await readSeedFilesAhead(seeds)).stamps?.size).toBe(0);

    const settled = await readSeedFilesAhead(seeds, 0, 0);
    expect(settled.bytes.size).toBe(0);
    const stamp = settled.stamps?.get(name);
    expect(stamp).toMatch(/^\d+:[\d.]+:[\d.]+:\d+:\d+$/);
    expect((await readSeedFilesAhead(seeds, 0, 0)).stamps?.get(name)).toBe(stamp);
    // The same size and modification time set back: its change time still tells.
    const text = readFileSync(join(seeds, name), 'utf8');
    const last = text.search(/[a-z][^a-z]*$/);
    writeFileSync(join(seeds, name), `${text.slice(0, last)}${text[last] === 'x' ? 'y' : 'x'}${text.slice(last + 1)}`);
    const [old] = stamp!
      .split(':')
      .slice(1, 2)
      .map((ms) => new Date(Number(ms)));
    utimesSync(join(seeds, name), old!, old!);
    const [size, , changed] = stamp!.split(':');
    const [sizeNow, , changedNow] = (await readSeedFilesAhead(seeds, 0, 0)).stamps!.get(name)!.split(':');
    expect(sizeNow).toBe(size);
    expect(changedNow).not.toBe(changed);

    // Each file is handed to parse with its stamp, and read only when parse asks.
    const asked: FoundSeed[] = [];
    const read = await readSeedFilesAhead(seeds, 0, 0);
    const { articles } = readSeedFolder(
      seeds,
      {},
      (file) => (asked.push(file), file.name === name ? parseSeedFile({ name, bytes: file.read() }) : { article: null, problems: [] }),
      read,
    );
    expect(articles.map((a) => a.file)).toEqual([name]);
    expect(asked.map((file) => [file.name, file.stamp])).toEqual([...read.stamps!].sort(([a], [b]) => a.localeCompare(b)));
  });
});
