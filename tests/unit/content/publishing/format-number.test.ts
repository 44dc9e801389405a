import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatSize } from '../../../../src/content/publishing/format-number.ts';

describe('formatCount', () => {
  it('groups thousands as English does', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(18301)).toBe('18,301');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes every whole number as toLocaleString("en") does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString('en')));
  });
});

describe('formatSize', () => {
  it('gives small downloads in kilobytes, never as 0.0 MB', () => {
    expect(formatSize(0)).toBe('1 KB');
    expect(formatSize(3_000)).toBe('3 KB');
    expect(formatSize(840 * 1024)).toBe('840 KB');
    expect(formatSize(999.4 * 1024)).toBe('999 KB');
    expect(formatSize(999.6 * 1024)).toBe('1.0 MB');
    expect(formatSize(3.24 * 1024 * 1024)).toBe('3.2 MB');
  });
});
