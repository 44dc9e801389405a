import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  placedArticleText,
  readRecord,
  recordLength,
  unplacedArticleText,
  writeRecordHead,
  type ArticleAt,
} from '../../../../src/content/archive/article-pack.ts';
import { dataStamp } from '../../../../src/content/archive/model.ts';
import { dataFiles } from '../../../../src/content/contracts.ts';

const place = fc.tuple(fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1)) as fc.Arbitrary<ArticleAt>;
const body = fc.uint8Array({ maxLength: 200 });

describe('an article’s record', () => {
  it('gives back the places and the bytes it was written with, wherever it lies in its pack', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 12 }), body, fc.nat(50), fc.nat(50), (neighbours, bytes, before, after) => {
        const length = recordLength(neighbours.length, bytes.length);
        const pack = new Uint8Array(before + length + after).fill(7);
        const start = writeRecordHead(pack, before, neighbours);
        pack.set(bytes, start);
        expect(start).toBe(before + length - bytes.length);
        const read = readRecord(pack.subarray(before, before + length));
        expect(read.neighbours).toEqual(neighbours);
        expect([...read.body]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses more neighbours than its head can count, and a record cut short', () => {
    expect(() =>
      writeRecordHead(
        new Uint8Array(recordLength(256, 0)),
        0,
        Array.from({ length: 256 }, (): ArticleAt => [0, 0, 0]),
      ),
    ).toThrow(/255/);
    const record = new Uint8Array(recordLength(2, 0));
    writeRecordHead(record, 0, [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(() => readRecord(record.subarray(0, 10))).toThrow(/cut short/);
  });

  it('puts each neighbour’s place into the article’s file, in the order newer, older, related', () => {
    const stored = JSON.stringify({
      article: { id: 'b' },
      newer: { id: 'a', title: 'A' },
      older: { id: 'c', title: 'C' },
      related: [{ id: 'x', title: 'X', date: '2024-01-01' }],
    });
    const placed = JSON.parse(
      placedArticleText(stored, [
        [0, 0, 10],
        [0, 20, 10],
        [5, 7, 9],
      ]),
    ) as Record<string, unknown>;
    expect(placed).toEqual({
      article: { id: 'b' },
      newer: { id: 'a', title: 'A', at: [0, 0, 10] },
      older: { id: 'c', title: 'C', at: [0, 20, 10] },
      related: [{ id: 'x', title: 'X', date: '2024-01-01', at: [5, 7, 9] }],
    });
    // The first article of the list has no newer one: the places start with the older.
    expect(JSON.parse(placedArticleText(JSON.stringify({ older: { id: 'c' }, related: [] }), [[1, 2, 3]]))).toEqual({
      older: { id: 'c', at: [1, 2, 3] },
      related: [],
    });
    expect(() => placedArticleText(stored, [])).toThrow(/places 0 neighbours, and its file names 3/);
  });

  it('is stamped on its page without its neighbours’ places, which move with other records of their packs', () => {
    const stored = JSON.stringify({ article: { id: 'b', title: 'B' }, newer: { id: 'a', title: 'A' }, related: [{ id: 'x', title: 'X', date: '2024-01-01' }] });
    const here = placedArticleText(stored, [
      [0, 0, 10],
      [5, 7, 9],
    ]);
    const moved = placedArticleText(stored, [
      [0, 40, 10],
      [5, 0, 9],
    ]);
    expect(unplacedArticleText(here)).toBe(stored);
    const file = dataFiles.article('0123456789abcdef');
    expect(dataStamp([file], [here])).toBe(dataStamp([file], [moved]));
    // Another file's text is stamped as it is; an article's content, with it.
    expect(dataStamp(['list/0.json'], [here])).not.toBe(dataStamp(['list/0.json'], [moved]));
    expect(dataStamp([file], [here])).not.toBe(dataStamp([file], [here.replace('"B"', '"C"')]));
  });
});
