import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asciiJson, jsonPieces, readJson, writeJson } from '../../../src/node/cache-files.ts';

const isAscii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);

describe('asciiJson', () => {
  it('writes any value in ASCII alone, and JSON.parse gives the same value back', () => {
    // Any text: astral characters, lone surrogates, control characters, quotes and backslashes.
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }));
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(text, fc.array(text, { maxLength: 4 })), (value, texts) => {
        for (const data of [value, texts, { value, texts }]) {
          const json = asciiJson(data);
          expect(isAscii(json)).toBe(true);
          expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(data)));
        }
      }),
    );
  });

  it('leaves JSON that is ASCII already as JSON.stringify wrote it', () => {
    const value = { id: 'a1', title: 'Plain "quoted" text\\ with \u0007 a bell', n: [1, 2.5, -3] };
    expect(asciiJson(value)).toBe(JSON.stringify(value));
  });
});

describe('jsonPieces', () => {
  it("gives asciiJson of any value, piece by piece, whatever the pieces' size", () => {
    // Members JSON.stringify leaves out of an object and writes as null in an array, and an object that says how it is written.
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), { toJSON: () => 'written' }, new Date(0), NaN);
    const member = fc.oneof(fc.jsonValue(), odd, fc.string({ unit: 'binary' }));
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(member, fc.array(member), fc.dictionary(fc.string(), member))),
      fc.array(fc.oneof(member, fc.array(member))),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 64 }), (data, size) => {
        const pieces: string[] = [];
        jsonPieces(data, (piece) => pieces.push(piece), size);
        expect(pieces.join('')).toBe(asciiJson(data));
        // Each piece is handed over once it reaches the size, and no empty one.
        expect(pieces.every((piece) => piece.length > 0)).toBe(true);
      }),
    );
  });

  it('writes a Map, at either of the top two levels, as the object of its entries', () => {
    const entries = fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }))));
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 64 }), (list, size) => {
        const map = new Map(list);
        for (const [data, plain] of [
          [map, Object.fromEntries(map)],
          [
            { version: 'v1', pages: map },
            { version: 'v1', pages: Object.fromEntries(map) },
          ],
        ]) {
          const pieces: string[] = [];
          jsonPieces(data, (piece) => pieces.push(piece), size);
          expect(pieces.join('')).toBe(asciiJson(plain));
        }
      }),
    );
  });
});

describe('writeJson and readJson', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a cache file holding any language, written as ASCII', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    const file = join(dir, 'seeds', '0.json');
    const value = { title: 'Zelensky’s “plan” – 経済 نص عربي 😀', lone: '\ud800x' };
    writeJson(file, value);
    expect(isAscii(readFileSync(file, 'utf8'))).toBe(true);
    expect(readJson(file)).toStrictEqual(value);
    // Larger than the pieces it is written in.
    const large = { entries: Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, { title: `“${i}” ${'x'.repeat(40)}` }])) };
    writeJson(file, large);
    expect(readFileSync(file, 'latin1')).toBe(asciiJson(large));
  });

  it('leaves the file as it was, and nothing beside it, when making its JSON fails half way', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    const file = join(dir, 'outputs.json');
    writeJson(file, { files: ['a'] });
    const failing = {
      toJSON: () => {
        throw new Error('no JSON');
      },
    };
    const large = { entries: Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, i === 29_999 ? failing : 'x'.repeat(50)])) };
    expect(() => writeJson(file, large)).toThrow('no JSON');
    expect(readJson(file)).toStrictEqual({ files: ['a'] });
    expect(readdirSync(dir)).toEqual(['outputs.json']);
  });

  it('reads a file only when it begins as asked: a cache of another version counts as none', () => {
    dir = mkdtempSync(join(tmpdir(), 'cache-files-'));
    const file = join(dir, '0.json');
    writeJson(file, { version: 'v1', entries: { a: 'Zelensky’s' } });
    expect(readJson(file, '{"version":"v1",')).toStrictEqual({ version: 'v1', entries: { a: 'Zelensky’s' } });
    expect(readJson(file, '{"version":"v2",')).toBeNull();
    expect(readJson(file, `{"version":"v1",${' '.repeat(100)}`)).toBeNull();
    expect(readJson(join(dir, 'missing.json'), '{')).toBeNull();
  });
});
