import { mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TextFile } from '../../../src/node/text-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'text-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TextFile', () => {
  it('gives back every text, read in any order, between appends, whatever its size', () => {
    // Texts of a few bytes to past the file's read-ahead (128 KB) and its write buffer (1 MB).
    const text = fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
      { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 500_000 })).map(([s, n]) => s.repeat(n)) },
    );
    // Each step appends a text, or reads one already appended (by its index, modulo how many there are).
    const step = fc.oneof(
      text.map((t) => ({ append: t })),
      fc.nat().map((n) => ({ read: n })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.boolean(), fc.integer({ min: 1, max: 40 }), (steps, backwards, runs) => {
        const file = new TextFile('test');
        const texts: string[] = [];
        const spans: ReturnType<TextFile['append']>[] = [];
        for (const s of steps) {
          if ('append' in s) {
            texts.push(s.append);
            spans.push(file.append(s.append));
          } else if (texts.length > 0) {
            const i = s.read % texts.length;
            expect(file.read(spans[i]!)).toBe(texts[i]);
          }
        }
        // Then all of them as a build reads them: in the order they were written or the
        // reverse, in `runs` runs taken in turns (more runs than the file follows at once, too).
        const order = texts.map((_, i) => (backwards ? texts.length - 1 - i : i));
        const perRun = Math.ceil(order.length / runs);
        for (let k = 0; k < perRun; k++)
          for (let run = 0; run < runs; run++) {
            const i = order[run * perRun + k];
            if (i !== undefined) expect(file.read(spans[i]!)).toBe(texts[i]);
          }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a file made with create, which a later build reads back by the spans it noted, and refuses a span the file has lost', () => {
    const path = join(dir, 'kept.bin');
    const made = TextFile.create(path);
    const spans = ['first', 'second', 'é and more'].map((text) => made.append(text));
    expect(made.bytes).toBe(spans[2]!.end);
    made.close();

    const again = TextFile.read(path)!;
    expect(spans.map((span) => again.read(span))).toEqual(['first', 'second', 'é and more']);
    again.close();
    truncateSync(path, spans[2]!.start + 2);
    const cut = TextFile.read(path)!;
    expect(cut.read(spans[1]!)).toBe('second');
    expect(() => cut.read(spans[2]!)).toThrow(RangeError);
    cut.close();
    expect(TextFile.read(join(dir, 'missing.bin'))).toBeNull();
  });
});
