import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatString } from '../../../src/node/heap.ts';

describe('flatString', () => {
  it('gives back the same text, whatever it holds and however it was made', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (parts) => {
        // Joined as a template joins them: the form flatString is given.
        const joined = parts.reduce((all, part) => `${all}${part}`, '');
        expect(flatString(joined)).toBe(joined);
      }),
    );
  });
});
