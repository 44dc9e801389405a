import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ID, nameId, pathId, seedExtension } from '../../../../src/content/seeds/seed-name.ts';
import { seedId } from '../../../../src/content/seeds/seed-id.ts';

describe('nameId', () => {
  it('reads the order number and id of NNN_<id> names in any folder', () => {
    expect(nameId('000_693449e0a82507a3.txt')).toEqual({ kind: 'id', id: '693449e0a82507a3', order: 0 });
    expect(nameId('2024/03/00042_0123456789abcdef.txt')).toEqual({ kind: 'id', id: '0123456789abcdef', order: 42 });
  });

  it('tells a slug name from an id written wrong', () => {
    for (const name of ['council-budget.txt', '2024/03/council-budget.txt', 'notes.txt', '001_council-budget.txt', '2024-05-06-budget.txt'])
      expect(nameId(name), name).toEqual({ kind: 'none' });
    for (const name of ['001_0123456789ABCDEF.txt', '001_0123.txt', '0123456789abcdef.txt', '001_.txt', '7_0123456789abcdef0.txt'])
      expect(nameId(name), name).toEqual({ kind: 'broken' });
  });
});

describe('seedExtension', () => {
  it('knows a seed by its extension, whatever its folder', () => {
    expect(seedExtension('2024/a.txt')).toBe('.txt');
    expect(seedExtension('2024/a.md')).toBe('.md');
    expect(seedExtension('a.html')).toBeUndefined();
    expect(seedExtension('.txt')).toBeUndefined();
    expect(seedExtension('notes.txt/README')).toBeUndefined();
  });
});

describe('pathId', () => {
  it('is the first 16 hex characters of the SHA-256 of the path, so anyone can compute it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (path) => {
        const id = pathId(path);
        expect(id).toMatch(ARTICLE_ID);
        expect(id).toBe(createHash('sha256').update(path).digest('hex').slice(0, 16));
      }),
    );
    expect(pathId('2024/03/council-budget.txt')).not.toBe(pathId('2024/04/council-budget.txt'));
  });
});

describe('seedId', () => {
  it('takes the id and order from an NNN_<id> name, as before', () => {
    expect(seedId('001_0123456789abcdef.txt', undefined, undefined)).toEqual({ id: '0123456789abcdef', order: 1, problems: [] });
    expect(seedId('001_0123456789abcdef.txt', '0123456789abcdef', 2)).toEqual({ id: '0123456789abcdef', order: 1, problems: [] });
  });

  it('refuses a front matter id that is not the one in the name, naming its line', () => {
    expect(seedId('001_0123456789abcdef.txt', 'ffffffffffffffff', 3).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        message: expect.stringMatching(/front matter id ffffffffffffffff is not the id 0123456789abcdef in the file name/),
      }),
    ]);
  });

  it('takes the front matter id of a name without one, with no order number and no warning', () => {
    expect(seedId('2024/03/council-budget.txt', 'ffffffffffffffff', 2)).toEqual({ id: 'ffffffffffffffff', problems: [] });
    expect(seedId('001_0123.txt', 'ffffffffffffffff', 2)).toEqual({ id: 'ffffffffffffffff', problems: [] });
  });

  it('derives the id of a file with none from its path, warning how to pin it', () => {
    const id = pathId('2024/03/council-budget.txt');
    expect(seedId('2024/03/council-budget.txt', undefined, undefined)).toEqual({
      id,
      problems: [
        {
          severity: 'warning',
          file: '2024/03/council-budget.txt',
          message: `has no id in its name or front matter, so its id, ${id}, comes from its path: moving or renaming the file would change its URL; pin it by adding "id: ${id}" to its front matter (a "---" block at the top of the file)`,
        },
      ],
    });
  });

  it('refuses a name whose id is written wrong, unless the front matter gives one', () => {
    expect(seedId('001_0123456789ABCDEF.txt', undefined, undefined).problems).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/rename it to NNN_<id>\.txt.*or add "id: <16 hex characters>"/) }),
    ]);
  });

  it('gives no pin advice beside a refused id line, whose error says what to write, but gives it beside an empty one', () => {
    expect(seedId('council-budget.txt', undefined, 2, true).problems).toEqual([]);
    expect(seedId('council-budget.txt', undefined, 2).problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/pin it/) }),
    ]);
  });
});
