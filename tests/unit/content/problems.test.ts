import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/content/problems.ts';

describe('formatProblem', () => {
  it('names the file under its folder, with its line', () => {
    expect(formatProblem({ severity: 'error', file: 'a.txt', line: 3, message: 'bad' }, 'seeds/')).toBe('seeds/a.txt:3: error: bad');
  });

  it('names the folder itself for a problem of the folder (no file)', () => {
    expect(formatProblem({ severity: 'error', file: '', message: 'missing' }, 'seeds')).toBe('seeds: error: missing');
    expect(formatProblem({ severity: 'error', file: '', message: 'missing' })).toBe('.: error: missing');
  });
});
