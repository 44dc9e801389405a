import { describe, expect, it } from 'vitest';
import { memoize, memoizeAsync } from '../../../src/content/memo.ts';

describe('memoizeAsync', () => {
  it('loads each key once and forgets a failed load so the next call retries', async () => {
    const calls: string[] = [];
    let fail = true;
    const load = memoizeAsync(async (key: string) => {
      calls.push(key);
      if (key === 'b' && fail) throw new Error('offline');
      return key.toUpperCase();
    });
    expect(await Promise.all([load('a'), load('a')])).toEqual(['A', 'A']);
    await expect(load('b')).rejects.toThrow('offline');
    fail = false;
    expect(await load('b')).toBe('B');
    expect(calls).toEqual(['a', 'b', 'b']);
  });
});

describe('memoize', () => {
  it('works each key out once, an empty result too', () => {
    const calls: string[] = [];
    const work = memoize((key: string) => {
      calls.push(key);
      return key === 'none' ? '' : key.toUpperCase();
    });
    expect([work('a'), work('a'), work('none'), work('none')]).toEqual(['A', 'A', '', '']);
    expect(calls).toEqual(['a', 'none']);
  });
});
