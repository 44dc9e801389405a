import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../../src/build/read-seed-folder.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'seed-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readSeedFolder', () => {
  it('reports every entry it does not read (folders, links inside, outside or dangling), and never follows a link', () => {
    const seeds = join(scratch, 'seeds');
    cpSync(join(fixtures, 'seeds-good'), seeds, { recursive: true });
    const outside = join(scratch, '500_5555555555555555.txt');
    writeFileSync(outside, ' date 2024-01-02 A SECRET FROM ELSEWHERE\n\nNot part of the archive.\n');
    symlinkSync(outside, join(seeds, '501_5555555555555556.txt'));
    symlinkSync('000_693449e0a82507a3.txt', join(seeds, '502_5555555555555557.txt'));
    symlinkSync('nowhere.txt', join(seeds, 'dangling.txt'));
    mkdirSync(join(seeds, 'more'));
    writeFileSync(join(seeds, 'more', '600_6666666666666666.txt'), ' date 2024-01-02 NESTED\n\nIn a subfolder.\n');
    mkdirSync(join(seeds, '700_7777777777777777.txt'));
    mkdirSync(join(seeds, '.git'));

    const { articles, problems } = readSeedFolder(seeds);
    expect(articles).toHaveLength(8);
    expect(articles.some((a) => a.title.includes('SECRET') || a.title.toLowerCase().includes('secret'))).toBe(false);
    const reported = Object.fromEntries(problems.map((p) => [p.file, `${p.severity}: ${p.message}`]));
    expect(Object.keys(reported).sort()).toEqual(['501_5555555555555556.txt', '502_5555555555555557.txt', '700_7777777777777777.txt', 'dangling.txt', 'more']);
    expect(reported['501_5555555555555556.txt']).toMatch(/^warning: is a symbolic link, though it is named like a seed, and links are not followed/);
    expect(reported.more).toMatch(/^warning: is a folder, and only files at the top of the seed folder are read/);
    expect(reported['700_7777777777777777.txt']).toMatch(/^warning: is a folder, though it is named like a seed/);
  });
});
