import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFrontMatter } from '../../../../src/content/seeds/front-matter.ts';

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

const yaml = (...lines: string[]) => readFrontMatter('a.txt', ['---', ...lines, '---', ' date 2024-05-06 TEXT']);
const toml = (...lines: string[]) => readFrontMatter('a.txt', ['+++', ...lines, '+++', ' date 2024-05-06 TEXT']);

describe('readFrontMatter on YAML', () => {
  it('reads tags as a block list, a flow list or the comma string seeds have always used', () => {
    expect(yaml('tags:', '  - politics', '  - "Europe"').data.tags).toEqual(['politics', 'Europe']);
    expect(yaml('tags: [politics, "Europe, East"]').data.tags).toEqual(['politics', 'Europe, East']);
    expect(yaml('tags: politics, Europe, politics').data.tags).toEqual(['politics', 'Europe']);
    expect(yaml('tags: politics').data.tags).toEqual(['politics']);
  });

  it('reads quoted strings and block scalars, and keeps values as written (no numbers or booleans)', () => {
    const { data, problems } = yaml("title: 'It''s here'", 'author: "Jane \\"JD\\" Doe"', 'source: >', '  The Daily', '  Example', 'tags: [no, 1.10, null]');
    expect(problems).toEqual([]);
    expect(data).toEqual({ title: "It's here", author: 'Jane "JD" Doe', source: 'The Daily Example', tags: ['no', '1.10', 'null'] });
  });

  it('reads a date, quoted or not, and takes the date of a date and time as written', () => {
    for (const line of ['date: 2024-05-06', 'date: "2024-05-06"', 'date: 2024-05-06T23:30:00+02:00', "date: '2024-05-06 08:00'"])
      expect(yaml(line), line).toMatchObject({ data: { date: '2024-05-06' }, problems: [] });
  });

  it('refuses an impossible date and a value of the wrong kind, naming the line and what to write', () => {
    const { data, problems } = yaml('title: fine', 'date: 2024-02-30', 'author:', '  - Jane', '  - John', 'tags: {a: b}', 'title2: x');
    expect(data).toEqual({ title: 'fine' });
    expect(problems).toEqual([
      { severity: 'error', file: 'a.txt', line: 3, message: 'front matter date: 2024-02-30 is not a real calendar date: write it as YYYY-MM-DD' },
      {
        severity: 'error',
        file: 'a.txt',
        line: 4,
        message: 'front matter "author" must be one value, not a list: write it as, for example, "author: Jane Doe"',
      },
      {
        severity: 'error',
        file: 'a.txt',
        line: 7,
        message: expect.stringMatching(/^front matter "tags" must be a list of words or phrases.*"tags: \[politics, Europe\]"$/),
      },
      {
        severity: 'warning',
        file: 'a.txt',
        line: 8,
        message: expect.stringMatching(/^unknown front matter key "title2" is ignored: the keys are title, author/),
      },
    ]);
  });

  it('reports YAML syntax errors on the seed line they are on', () => {
    const { problems } = yaml('title: ok', 'tags: [a, b', 'author: x');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
    const indented = yaml('title: ok', 'tags:', '  - a', ' - b');
    expect(indented.problems[0]).toMatchObject({ severity: 'error', line: 5, message: expect.stringMatching(/not "key: value" as YAML reads it/) });
  });

  it('keeps the meaning of lines the old reader took and YAML refuses', () => {
    const { data, problems } = yaml('title: Budget: what happens next', 'author: @jane', "source: 'Tis the season", 'tags: [Updated] news');
    expect(problems).toEqual([]);
    expect(data).toEqual({ title: 'Budget: what happens next', author: '@jane', source: "'Tis the season", tags: ['[Updated] news'] });
  });

  it('warns that text after " #" is a comment, since the author may have meant it', () => {
    const { data, problems } = yaml("title: We're #1");
    expect(data.title).toBe("We're");
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/YAML comment.*put the value in quotes/) }),
    ]);
    expect(yaml('title: "We\'re #1"')).toMatchObject({ data: { title: "We're #1" }, problems: [] });
  });

  it('reads id, categories, section and sections, and refuses an id that is not 16 lowercase hex', () => {
    expect(yaml('id: 0123456789abcdef', 'categories: [Economy]', 'section: News', 'sections: [A, B]').data).toEqual({
      id: '0123456789abcdef',
      categories: ['Economy'],
      section: 'News',
      sections: ['A', 'B'],
    });
    expect(yaml('id: 0123456789ABCDEF').problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 2,
        message: expect.stringMatching(/not an article id .*write it in lower case: id: 0123456789abcdef/),
      }),
    ]);
    expect(yaml('id: council-budget').problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/16 lowercase hex/) }),
    ]);
  });

  it('refuses front matter that is not "key: value" lines', () => {
    expect(yaml('- a', '- b').problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/must be "key: value" lines/) }),
    ]);
  });
});

describe('readFrontMatter on TOML', () => {
  it('reads TOML between +++ lines into the same schema, with each key on its line', () => {
    const { data, problems, lines, bodyStart } = toml(
      'title = "Council budget: what next"',
      'date = 2024-05-06T10:00:00+02:00',
      'tags = ["politics", "Europe"]',
      'weight = 3',
    );
    expect(data).toEqual({ title: 'Council budget: what next', date: '2024-05-06', tags: ['politics', 'Europe'] });
    expect(lines).toEqual({ title: 2, date: 3, tags: 4 });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 5, message: expect.stringMatching(/unknown front matter key "weight"/) })]);
    expect(bodyStart).toBe(6);
    expect(toml('date = 2024-05-06').data.date).toBe('2024-05-06');
  });

  it('reports a TOML syntax error on its seed line, and a block never closed', () => {
    expect(toml('title = "ok"', 'author = ').problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, message: expect.stringMatching(/^front matter line "author =" is not valid TOML/) }),
    ]);
    expect(readFrontMatter('a.txt', ['+++', 'title = "x"', ' date 2024-05-06 TEXT']).problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringMatching(/opened with "\+\+\+" is never closed/) }),
    ]);
  });

  it('refuses a TOML value of the wrong kind', () => {
    expect(toml('title = ["a", "b"]').problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/must be one value, not a list/) }),
    ]);
  });
});

describe('readFrontMatter on any input', () => {
  const blockLine = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'title: x',
      'tags:',
      '  - a',
      '- b',
      'key: [a, {b: c}]',
      '"',
      "'",
      '&a x',
      '*a',
      '!!binary x',
      '? k',
      ': v',
      '#',
      '\t',
      'a = 1',
      '[t]',
      'x: |',
      '  y',
    ),
  );
  it('never throws, and gives every problem its file and a line inside the block', () => {
    fc.assert(
      fc.property(fc.constantFrom('---', '+++'), fc.array(blockLine, { maxLength: 8 }), (fence, block) => {
        const lines = [fence, ...block, fence, ' date 2024-05-06 TEXT'];
        const { problems } = readFrontMatter('x/a.txt', lines);
        for (const problem of problems) {
          expect(problem.file).toBe('x/a.txt');
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(block.length + 2);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readFrontMatter after a YAML syntax error', () => {
  it('still names the unknown keys on the lines it could read', () => {
    expect(yaml('title: Fine', 'this line is wrong', 'colour: blue').problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 3 }),
      expect.objectContaining({ severity: 'warning', line: 4, message: expect.stringMatching(/unknown front matter key "colour"/) }),
    ]);
  });
});
