import { describe, expect, it } from 'vitest';
import { formatProblem, printable } from '../../../../src/content/seeds/problems.ts';

describe('formatProblem', () => {
  it('names the file under its folder, with its line', () => {
    expect(formatProblem({ severity: 'error', file: 'a.txt', line: 3, message: 'bad' }, 'seeds/')).toBe('seeds/a.txt:3: error: bad');
  });

  it('names the folder itself for a problem of the folder (no file)', () => {
    expect(formatProblem({ severity: 'error', file: '', message: 'missing' }, 'seeds')).toBe('seeds: error: missing');
    expect(formatProblem({ severity: 'error', file: '', message: 'missing' })).toBe('.: error: missing');
  });

  it('never lets a file name or seed text drive the terminal: controls, separators and bidi overrides are printed as escapes', () => {
    const name = '\u001b[2J\u001b[32mAll seeds OK, 0 errors\u001b[0m\nforged.txt';
    const line = formatProblem({ severity: 'error', file: name, line: 2, message: 'bad \u2028 line \u202e txt.exe' }, 'seeds');
    expect(line).toBe('seeds/\\u001b[2J\\u001b[32mAll seeds OK, 0 errors\\u001b[0m\\u000aforged.txt:2: error: bad \\u2028 line \\u202e txt.exe');
    expect(line).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
    expect(printable('plain text, 日本語 😀')).toBe('plain text, 日本語 😀');
  });
});
