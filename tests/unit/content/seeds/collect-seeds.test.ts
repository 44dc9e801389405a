import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSeedFolder } from '../../../../src/node/read-seed-folder.ts';
import { collectSeeds, decodeSeed } from '../../../../src/content/seeds/collect-seeds.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('collectSeeds over a folder with every kind of mistake', () => {
  const { articles, problems } = readSeedFolder(new URL('../../../fixtures/seeds-bad', import.meta.url).pathname);
  const problemFor = (file: string) => problems.filter((p) => p.file === file);

  it('keeps the good articles, newest first', () => {
    expect(articles.map((a) => a.file)).toEqual(['004_d1b2c3d4e5f60718.txt', 'notes.txt', '0001_a1b2c3d4e5f60718.txt']);
  });

  it('reports every bad file, each with what to do', () => {
    const errors = problems.filter((p) => p.severity === 'error');
    expect(new Set(errors.map((p) => p.file))).toEqual(
      new Set([
        '0099_a1b2c3d4e5f60718.txt',
        '010_1000000000000001.txt',
        '011_1000000000000002.txt',
        '012_1000000000000003.txt',
        '013_1000000000000004.txt',
        '014_1000000000000005.txt',
        '015_1000000000000006.txt',
        '016_1000000000000007.txt',
        '017_1000000000000008.txt',
        '018_1000000000000009.txt',
      ]),
    );
  });

  it('names both files of a duplicate id and keeps the first', () => {
    expect(problemFor('0099_a1b2c3d4e5f60718.txt')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/same id a1b2c3d4e5f60718 as 0001_a1b2c3d4e5f60718\.txt/) }),
    ]);
    expect(articles.find((a) => a.id === 'a1b2c3d4e5f60718')!.file).toBe('0001_a1b2c3d4e5f60718.txt');
  });

  it('names the line of the first byte that is not UTF-8', () => {
    expect(problemFor('013_1000000000000004.txt')).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/not valid UTF-8/) })]);
  });

  it('refuses a binary file', () => {
    expect(problemFor('014_1000000000000005.txt')).toEqual([expect.objectContaining({ message: expect.stringMatching(/not a text file/) })]);
  });

  it('takes an id from the path of a file whose name has none, with a warning saying how to pin it', () => {
    expect(problemFor('notes.txt')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/its id, [0-9a-f]{16}, comes from its path.*add.*"id: [0-9a-f]{16}"/) }),
    ]);
  });

  it('warns about a stray non-.txt file and ignores hidden files', () => {
    expect(problemFor('README.md')).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(problemFor('.DS_Store')).toEqual([]);
  });
});

describe('collectSeeds', () => {
  it('orders articles of the same day by their order number, latest first', () => {
    const { articles } = collectSeeds([
      { name: '001_0000000000000001.txt', bytes: bytes(' date 2024-01-01 One.') },
      { name: '002_0000000000000002.txt', bytes: bytes(' date 2024-01-01 Two.') },
      { name: '003_0000000000000003.txt', bytes: bytes(' date 2023-12-31 Three.') },
    ]);
    expect(articles.map((a) => a.order)).toEqual([2, 1, 3]);
  });

  it('reports a missing seed folder instead of throwing', () => {
    expect(readSeedFolder('/nonexistent/seeds').problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/the seed folder \/nonexistent\/seeds: there is no such folder/) }),
    ]);
  });
});

describe('decodeSeed', () => {
  it('refuses a NUL byte anywhere in the file, not only in its first 8 KB', () => {
    const text = ` date 2024-05-06 ${'word '.repeat(4000)}\u0000 end`;
    expect(decodeSeed('a.txt', bytes(text))).toMatchObject({ ok: false, problem: { message: expect.stringMatching(/NUL/) } });
  });

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeSeed('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, text: 'hi' });
  });
});

describe('collectSeeds over subfolders and names without ids', () => {
  it('names both files, by their paths, when a front matter id repeats one in a name', () => {
    const { articles, problems } = collectSeeds([
      { name: '001_0123456789abcdef.txt', bytes: bytes(' date 2024-01-01 One.') },
      { name: '2024/01/two.txt', bytes: bytes('---\nid: 0123456789abcdef\n---\n date 2024-01-02 Two.') },
    ]);
    expect(articles.map((a) => a.file)).toEqual(['001_0123456789abcdef.txt']);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: '2024/01/two.txt',
        message: expect.stringMatching(/same id 0123456789abcdef as 001_0123456789abcdef\.txt/),
      }),
    ]);
  });

  it('orders a day by order number, then the files without one by path, whatever order they come in', () => {
    const files = [
      { name: '2024/b.txt', bytes: bytes(' date 2024-01-01 B.') },
      { name: '2024/a.txt', bytes: bytes(' date 2024-01-01 A.') },
      { name: '001_0000000000000001.txt', bytes: bytes(' date 2024-01-01 One.') },
      { name: '000_0000000000000000.txt', bytes: bytes(' date 2024-01-01 Zero.') },
      { name: 'z.txt', bytes: bytes(' date 2024-01-02 Newer.') },
    ];
    const expected = ['z.txt', '001_0000000000000001.txt', '000_0000000000000000.txt', '2024/a.txt', '2024/b.txt'];
    expect(collectSeeds(files).articles.map((a) => a.file)).toEqual(expected);
    expect(collectSeeds([...files].reverse()).articles.map((a) => a.file)).toEqual(expected);
  });

  it('ignores files in hidden folders at any depth', () => {
    const { articles, problems } = collectSeeds([{ name: '2024/.trash/a.txt', bytes: bytes(' date 2024-01-01 A.') }]);
    expect([articles, problems]).toEqual([[], []]);
  });
});

describe('collectSeeds on any folder', () => {
  it('never throws, gives every article its own 16-hex id, and names an input file in every problem', () => {
    const segment = fc.oneof(fc.constantFrom('2024', '03', 'a', '.hidden', '001_0123456789abcdef', 'x y'), fc.stringMatching(/^[a-z0-9_.-]{1,12}$/));
    const name = fc
      .tuple(fc.array(segment, { maxLength: 2 }), fc.oneof(segment, fc.constant('001_0123456789abcdef')))
      .map(([folders, base]) => [...folders, `${base}.txt`].join('/'));
    const text = fc.oneof(
      fc.constant(' date 2024-01-01 Text.'),
      fc.constant('---\nid: 0123456789abcdef\n---\n date 2024-01-02 Pinned.'),
      fc.constant('+++\nid = "fedcba9876543210"\ndate = 2024-01-03\n+++\nHugo.'),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, text), { maxLength: 8, selector: ([n]) => n }), (files) => {
        const { articles, problems } = collectSeeds(files.map(([n, t]) => ({ name: n, bytes: bytes(t) })));
        const ids = articles.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
        for (const problem of problems) expect(files.map(([n]) => n)).toContain(problem.file);
      }),
      { numRuns: 200 },
    );
  });
});
