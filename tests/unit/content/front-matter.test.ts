import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/content/front-matter.ts';

const read = (...lines: string[]) => readFrontMatter('a.txt', ['---', ...lines, '---', ' date 2024-05-06 TEXT']);

describe('readFrontMatter', () => {
  it('reports __proto__, constructor and prototype lines and applies none: no object of the program changes', () => {
    const { data, problems } = read('__proto__: polluted', 'constructor: polluted', 'prototype: polluted', 'title: Kept');
    expect(data).toEqual({ title: 'Kept' });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('ignores an empty or blank title with a warning, so the headline comes from the text', () => {
    for (const line of ['title: ""', "title: '   '", 'title:']) {
      const { data, problems } = read(line, 'author: Jane');
      expect(data, line).toEqual({ author: 'Jane' });
      expect(problems, line).toEqual([
        {
          severity: 'warning',
          file: 'a.txt',
          line: 2,
          message: expect.stringMatching(/"title" is empty, so it is ignored and the headline comes from the text/),
        },
      ]);
    }
  });

  it('warns about a key given twice, naming both lines and the one used', () => {
    const { data, problems } = read('title: First', 'author: Jane', 'title: Second');
    expect(data.title).toBe('Second');
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'a.txt',
        line: 4,
        message: 'front matter key "title" is given twice (lines 2 and 4): the value on line 4 is used; remove the other line',
      },
    ]);
  });

  it('reads a value holding a line separator as one value, with a warning, not as a line that is not "key: value"', () => {
    const { data, problems } = read('title: Harbour\u2028news');
    expect(data.title).toBe('Harbour news');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/U\+2028/) })]);
  });
});
