import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRowFiles, readRow, rowEntry, rowPlace, rowSlotBytes, ROWS_PER_FILE, type ResultEntry } from '../../../../src/content/search/search-docs.ts';

// Every third with a lead image, whose thumbnail's hash the row carries.
const entry = (n: number, title = `Title “${n}”`): ResultEntry => ({
  id: n.toString(16).padStart(16, '0'),
  date: '2024-01-01',
  title,
  readingMinutes: 1 + (n % 7),
  ...(n % 3 === 0 ? { thumb: n.toString(16).padStart(16, 'f') } : {}),
  at: [Math.floor(n / 64), 100 * (n % 64), 90 + n],
});

/** The bytes of the built files, and a reader of ranges of them that counts what it was asked for. */
function host(files: string[]) {
  const bytes = files.map((text) => new TextEncoder().encode(text));
  const asked: [file: number, start: number, length: number][] = [];
  const range = async (file: number, start: number, length: number) => {
    asked.push([file, start, length]);
    const whole = bytes[file]!;
    if (start + length > whole.byteLength) throw new Error(`file ${file} has ${whole.byteLength} bytes, not ${start}+${length}`);
    return whole.subarray(start, start + length);
  };
  return { bytes, asked, range };
}

describe('result-row files', () => {
  it('give every document back as it was, in one range of its slot, or two for a row longer than the slot', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        async (titles, perFile) => {
          const entries = titles.map((title, n) => entry(n, title));
          const { slot, files } = buildRowFiles(entries, perFile);
          expect(files).toHaveLength(Math.ceil(entries.length / perFile));
          const { asked, range } = host(files);
          for (const [doc, expected] of entries.entries()) {
            asked.length = 0;
            expect(rowEntry(await readRow(doc, slot, range, perFile))).toEqual(expected);
            expect(asked[0]).toEqual([Math.floor(doc / perFile), (doc % perFile) * slot, slot]);
            const rowBytes = new TextEncoder().encode(JSON.stringify(rowOf(expected))).byteLength;
            expect(asked).toHaveLength(rowBytes <= slot ? 1 : 2);
          }
        },
      ),
    );
  });

  it('have slots as wide as nearly every row: one very long title does not widen them all', async () => {
    const entries = Array.from({ length: 2000 }, (_, n) => entry(n, n === 7 ? 'a very long title '.repeat(60) : `Title ${n}`));
    const { slot, files } = buildRowFiles(entries);
    expect(slot).toBeLessThan(128);
    expect(slot % 16).toBe(0);
    // ROWS_PER_FILE slots, then the long row after them.
    expect(new TextEncoder().encode(files[0]!).byteLength).toBe(ROWS_PER_FILE * slot + new TextEncoder().encode(JSON.stringify(rowOf(entries[7]!))).byteLength);
    const { range } = host(files);
    expect((await readRow(7, slot, range))[2]).toBe(entries[7]!.title);
    expect((await readRow(1999, slot, range))[2]).toBe('Title 1999');
  });

  it('place a document by its number alone', () => {
    expect(rowPlace(0, 96)).toEqual({ file: 0, start: 0, length: 96 });
    expect(rowPlace(ROWS_PER_FILE + 3, 96)).toEqual({ file: 1, start: 3 * 96, length: 96 });
  });

  it('spend no byte on the thumbnail of an article without a lead image, nor on what results do not show (the excerpt)', () => {
    const { files, slot } = buildRowFiles([entry(1), { ...entry(3), excerpt: 'a long first paragraph' } as ResultEntry]);
    expect(new TextDecoder().decode(new TextEncoder().encode(files[0]!).subarray(0, slot)).trimEnd()).toBe(
      '["0000000000000001","2024-01-01","Title “1”",2,0,100,91]',
    );
    expect(files[0]).not.toContain('first paragraph');
  });

  it('are none for an empty archive; the narrowest slot still holds where a long row is', () => {
    expect(buildRowFiles([])).toEqual({ slot: 64, files: [] });
    expect(rowSlotBytes([10, 12])).toBe(64);
    expect(JSON.stringify({ far: [2 ** 32, 2 ** 20] }).length).toBeLessThan(64);
  });
});

function rowOf(e: ResultEntry) {
  const { id, date, title, readingMinutes, thumb, at } = e;
  return thumb ? [id, date, title, readingMinutes, ...at!, thumb] : [id, date, title, readingMinutes, ...at!];
}
