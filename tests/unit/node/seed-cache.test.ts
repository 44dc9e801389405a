import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SeedCache, readTermsText, termsText } from '../../../src/node/seed-cache.ts';
import { articleTerms } from '../../../src/content/search/article-terms.ts';
import { parseSeedFile } from '../../../src/content/seeds/collect-seeds.ts';
import { ArticleStore, plainArticle } from '../../../src/node/held-article.ts';

const scratch = mkdtempSync(join(tmpdir(), 'seed-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A seed as the folder gives it (FoundSeed), its bytes there too for parsing afresh. */
const seed = (name: string, text: string, stamp?: string) => {
  const bytes = Buffer.from(text);
  return { name, bytes, stamp, read: () => bytes };
};
/** A seed whose bytes must not be read. */
const unread = (name: string, stamp: string) => ({
  name,
  stamp,
  read: (): Uint8Array => {
    throw new Error(`${name} was read`);
  },
});
const A = seed('001_aaaaaaaaaaaaaaaa.txt', ' date 2024-01-02 Oil prices rise\n\nCrude oil rose on Monday.\n');
const B = seed('002_bbbbbbbbbbbbbbbb.txt', ' date 2024-01-03 Wheat harvest\n\nThe wheat harvest was good.\n');

describe('termsText', () => {
  it("gives back any article's counted terms, whatever its title and text", () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n\n', 'Zelensky’s “plan” – 経済 نص'));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 5 }), (title, paragraphs) => {
        const terms = articleTerms({ title, blocks: paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p })) });
        expect(readTermsText(termsText(terms))).toEqual(terms);
      }),
    );
  });
});

describe('SeedCache', () => {
  it('parses a seed once for the same name and bytes, again when either changes, and gives the same article as parsing afresh', () => {
    const dir = join(scratch, 'parse');
    const first = new SeedCache(dir, 'v1', {});
    const parsed = first.parse(A);
    first.parse(B);
    expect(first.hits).toBe(0);
    const terms = first.termsOf(parsed.article!);
    first.save();

    const second = new SeedCache(dir, 'v1', {});
    expect(second.parse(A)).toEqual(parsed);
    expect(second.termsOf(parsed.article!)).toEqual(terms);
    expect(terms).toEqual(articleTerms(parsed.article!));
    expect(second.parse(seed(B.name, `${B.bytes}\nAn added paragraph.\n`)).article?.blocks).toHaveLength(2);
    expect(second.parse(seed('003_aaaaaaaaaaaaaaaa.txt', A.bytes.toString())).article?.id).toBe('aaaaaaaaaaaaaaaa');
    expect(second.hits).toBe(1);
    // Another code or other reading settings: nothing is reused.
    const other = new SeedCache(dir, 'v2', {});
    other.parse(A);
    expect(other.hits).toBe(0);
  });

  it('rewrites only the files whose entries changed, and keeps only the seeds of the last build', () => {
    const dir = join(scratch, 'save');
    const first = new SeedCache(dir, 'v1', {});
    first.parse(A);
    first.parse(B);
    first.save();
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThan(0);
    const times = new Map(files.map((file) => [file, statSync(join(dir, file)).mtimeMs]));

    const unchanged = new SeedCache(dir, 'v1', {});
    unchanged.parse(A);
    unchanged.parse(B);
    unchanged.save();
    for (const file of files) expect(statSync(join(dir, file)).mtimeMs, file).toBe(times.get(file));

    const withoutB = new SeedCache(dir, 'v1', {});
    withoutB.parse(A);
    withoutB.save();
    const again = new SeedCache(dir, 'v1', {});
    again.parse(A);
    again.parse(B);
    expect(again.hits).toBe(1);
  });

  it('is saved once: the build saves it as soon as its seeds are parsed, and saving again at the end changes nothing', () => {
    const dir = join(scratch, 'once');
    const cache = new SeedCache(dir, 'v1', {});
    const parsed = cache.parse(A);
    cache.termsOf(parsed.article!);
    cache.parse(B);
    cache.save();
    cache.save();
    const next = new SeedCache(dir, 'v1', {});
    next.parse(A);
    next.parse(B);
    expect(next.hits).toBe(2);
  });

  it('knows a file by its stamp without reading it, and by its bytes when the stamp changed or is missing', () => {
    const dir = join(scratch, 'stamps');
    const first = new SeedCache(dir, 'v1', {});
    const parsed = first.parse(seed(A.name, A.bytes.toString(), 'a1'));
    first.parse(seed(B.name, B.bytes.toString()));
    first.save();

    const second = new SeedCache(dir, 'v1', {});
    expect(second.holdsEntries()).toBe(true);
    expect(second.parse(unread(A.name, 'a1'))).toEqual(parsed);
    // B was stored without a stamp: it is read, and its stamp now is kept.
    expect(() => second.parse(unread(B.name, 'b1'))).toThrow(`${B.name} was read`);
    second.parse(seed(B.name, B.bytes.toString(), 'b1'));
    expect(second.hits).toBe(2);
    second.save();

    const third = new SeedCache(dir, 'v1', {});
    third.parse(unread(A.name, 'a1'));
    third.parse(unread(B.name, 'b1'));
    expect(third.hits).toBe(2);
    // Another stamp: the bytes decide, whatever the stamp (the same bytes touched, or new ones).
    expect(() => third.parse(unread(A.name, 'a2'))).toThrow(`${A.name} was read`);
    const edited = third.parse(seed(A.name, `${A.bytes}\nAn added paragraph.\n`, 'a2'));
    expect(edited.article?.blocks).toHaveLength(2);
    // A stamp is the file's own: another file with the same stamp is read.
    expect(() => third.parse(unread('003_aaaaaaaaaaaaaaaa.txt', 'a1'))).toThrow('was read');
    expect(new SeedCache(dir, 'v2', {}).holdsEntries()).toBe(false);
  });

  it('holds what it parses and what it read as the build holds articles, and saves them whole', () => {
    const dir = join(scratch, 'held');
    const fresh = parseSeedFile(A, {});
    const first = new SeedCache(dir, 'v1', {}, new ArticleStore().holdParsed);
    const parsed = first.parse(A).article!;
    expect(Object.getOwnPropertyDescriptor(parsed, 'blocks')).toBeUndefined();
    expect(plainArticle(parsed)).toEqual(fresh.article);
    first.save();

    const second = new SeedCache(dir, 'v1', {}, new ArticleStore().holdParsed);
    const read = second.parse(A).article!;
    expect(second.hits).toBe(1);
    expect(Object.getOwnPropertyDescriptor(read, 'blocks')).toBeUndefined();
    expect(plainArticle(read)).toEqual(fresh.article);
  });
});
