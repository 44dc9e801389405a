import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/stats.ts';

describe('the benchmarks’ order statistics', () => {
  it('take the nearest rank, whatever the order, and leave out what is not a number', () => {
    const values = [50, 10, 40, NaN, 20, 30];
    expect(median(values)).toBe(30);
    expect(percentile(values, 20)).toBe(10);
    expect(percentile(values, 21)).toBe(20);
    expect(percentile(values, 95)).toBe(50);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 0)).toBe(10);
    // The lower middle of an even count; the values given are not reordered.
    const even = [4, 1, 3, 2];
    expect(median(even)).toBe(2);
    expect(even).toEqual([4, 1, 3, 2]);
  });

  it('is NaN with no values, so a table shows a dash rather than a made-up 0', () => {
    expect(median([])).toBeNaN();
    expect(percentile([NaN], 50)).toBeNaN();
  });

  it('lies between the smallest and the largest value, and never falls as p rises', () => {
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + (run % 17) }, (_, i) => Math.round(Math.sin(run * 31 + i * 7) * 1000));
      let last = -Infinity;
      for (let p = 0; p <= 100; p += 5) {
        const value = percentile(values, p);
        expect(value).toBeGreaterThanOrEqual(Math.min(...values));
        expect(value).toBeLessThanOrEqual(Math.max(...values));
        expect(value).toBeGreaterThanOrEqual(last);
        last = value;
      }
    }
  });
});
