import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/seeds-good/${name}`, import.meta.url), 'utf8');
const parsed = (name: string) => {
  const result = parseSeed(name, fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
};

describe('parseSeed on the real seed', () => {
  const article = parsed('000_693449e0a82507a3.txt');

  it('takes the id and order from the file name and the date from the header', () => {
    expect(article).toMatchObject({ id: '693449e0a82507a3', order: 0, date: '2024-11-16' });
  });

  it('derives a readable title of at most 100 characters from the lede, cut at a word boundary', () => {
    expect(article.title.length).toBeLessThanOrEqual(100);
    expect(article.title).toMatch(/^Ukrainian President Volodymyr Zelensky has criticized a call/);
    const lede = article.blocks[0]!.text;
    const cut = article.title.replace(/…$/, '');
    expect(lede.startsWith(cut)).toBe(true);
    expect(lede[cut.length]).toMatch(/[\s,;]/);
  });

  it('keeps the lede, which shares the date line, as the first paragraph', () => {
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^Ukrainian President .* Scholz’s call\.$/) });
  });

  it('marks the short unpunctuated line as a section heading', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading')).toEqual([{ kind: 'heading', text: 'Scholz to brief allies' }]);
  });

  it('reads the last paragraph although the file has no final newline', () => {
    expect(article.blocks.at(-1)!.text).toMatch(/Reuters added\.$/);
    expect(article.blocks).toHaveLength(20);
  });

  it('counts words and reading time', () => {
    expect(article.wordCount).toBeGreaterThan(700);
    expect(article.wordCount).toBeLessThan(800);
    expect(article.readingMinutes).toBe(3);
    expect(article.excerpt.length).toBeLessThanOrEqual(220);
    // The title is cut: the excerpt goes on where it stops, so the list never says it twice.
    expect(article.excerpt).toMatch(/^…and Russian President Vladimir Putin as opening.*…$/);
  });
});

describe('parseSeed on other sources', () => {
  it('takes a headline paragraph as the title and drops it from the body', () => {
    const article = parsed('0001_a1b2c3d4e5f60718.txt');
    expect(article.title).toBe('Ad sales boost Time Warner profit');
    expect(article.blocks[0]!.text).toMatch(/^Quarterly profits/);
    expect(article.order).toBe(1);
  });

  it('shows an ALL-CAPS headline in title case', () => {
    expect(parsed('00002_b1b2c3d4e5f60718.txt').title).toBe('Bahia Cocoa Review');
  });

  it('accepts a byte-order mark, CRLF line endings and lines wrapped inside a paragraph', () => {
    const article = parsed('003_c1b2c3d4e5f60718.txt');
    expect(article.date).toBe('2024-03-01');
    // The one-sentence lede is the title, whole: the body goes on after it.
    expect(article.title).toBe('Lead paragraph written on Windows, with a byte-order mark');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'Second paragraph wraps onto a second line.',
      'A short heading',
      'Last paragraph without a final newline.',
    ]);
    expect(article.blocks.some((b) => b.text.includes('\r'))).toBe(false);
  });

  it('lets front matter set title, author, source and tags over what is derived', () => {
    const article = parsed('004_d1b2c3d4e5f60718.txt');
    expect(article).toMatchObject({ title: 'A title the author chose', author: 'Jane Doe', source: 'The Daily Example', tags: ['politics', 'Europe'] });
    expect(article.blocks.map((b) => b.text)).toEqual(['The headline line above is replaced by the title from the front matter.']);
  });

  it('keeps text that looks like markup exactly as written', () => {
    const article = parsed('005_e1b2c3d4e5f60718.txt');
    expect(article.title).toContain('<script>alert("x")</script>');
    expect(article.blocks[1]!.text).toBe('**Markdown** is _not_ rendered, and https://example.com/a?b=c stays a plain URL.');
  });

  it('reads Cyrillic, Greek, CJK and right-to-left text, counting CJK by character', () => {
    const article = parsed('006_f1b2c3d4e5f60718.txt');
    expect(article.title).toBe('Президент выступил с обращением к нации в понедельник вечером');
    expect(article.blocks).toHaveLength(3);
    expect(article.blocks[0]!.text).toBe('Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.');
    expect(article.wordCount).toBeGreaterThan(40);
  });

  it('parses a very long article and keeps its title and excerpt short', () => {
    const paragraph = 'Word '.repeat(500).trim() + '.';
    const result = parseSeed('001_0123456789abcdef.txt', ` date 2024-01-01 ${Array(100).fill(paragraph).join('\n\n')}`);
    expect(result.ok && result.article).toMatchObject({ wordCount: 50_000, readingMinutes: 217 });
    expect(result.ok && result.article.title.length).toBeLessThanOrEqual(100);
    expect(result.ok && result.article.excerpt.length).toBeLessThanOrEqual(220);
  });

  it('makes a title of a one-line article', () => {
    expect(parsed('007_0a1b2c3d4e5f6071.txt')).toMatchObject({ title: 'Brief', blocks: [{ kind: 'paragraph', text: 'Brief.' }] });
  });
});

describe('parseSeed on doubtful dates', () => {
  const warningsOf = (text: string) => {
    const result = parseSeed('001_0123456789abcdef.txt', text, { today: '2026-12-02' });
    expect(result.ok).toBe(true);
    return result.problems.map((p) => ({ severity: p.severity, line: p.line, message: p.message }));
  };

  it('keeps a date before 1800 or over a year ahead, with a warning on its line', () => {
    expect(warningsOf(' date 0024-05-06 Text.')).toEqual([{ severity: 'warning', line: 1, message: expect.stringMatching(/^0024-05-06 is before 1800/) }]);
    expect(warningsOf('---\ndate: 9999-12-31\n---\n date 2024-01-01 Text.')).toEqual([
      { severity: 'warning', line: 2, message: expect.stringMatching(/^9999-12-31 is more than a year after today/) },
    ]);
  });

  it('says nothing of a date from 1800 to a year ahead', () => {
    expect(warningsOf(' date 1800-01-01 Text.')).toEqual([]);
    expect(warningsOf(' date 2027-12-02 Text.')).toEqual([]);
  });
});

describe('parseSeed on mistakes', () => {
  const problemsOf = (file: string, text: string) => {
    const result = parseSeed(file, text);
    expect(result.ok).toBe(false);
    return result.problems.map((p) => ({ line: p.line, message: p.message }));
  };

  it('rejects an empty file, saying what to write', () => {
    expect(problemsOf('001_0123456789abcdef.txt', ' \n\n')).toEqual([{ line: undefined, message: expect.stringMatching(/file is empty/) }]);
  });

  it('rejects a missing date header, naming the line', () => {
    expect(problemsOf('001_0123456789abcdef.txt', '\nHeadline\n\nBody.')).toEqual([
      { line: 2, message: expect.stringMatching(/must begin with " date YYYY-MM-DD "/) },
    ]);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-1-5', '20240105', '0000-01-01'])(
    'rejects the impossible or malformed date %s',
    (date) => {
      expect(problemsOf('001_0123456789abcdef.txt', ` date ${date} Text.`)).toEqual([{ line: 1, message: expect.stringContaining(date) }]);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseSeed('001_0123456789abcdef.txt', ' date 2024-02-29 Text.').ok).toBe(true);
  });

  it.each(['001_0123456789ABCDEF.txt', '001_0123.txt', '0123456789abcdef.txt', '2024/001_0123.txt'])(
    'rejects the file name %s, whose id is written wrong',
    (name) => {
      expect(problemsOf(name, ' date 2024-01-01 Text.')).toEqual([{ line: undefined, message: expect.stringMatching(/rename it to NNN_<id>\.txt/) }]);
    },
  );

  it('reports a front matter line that is not key: value, and an unclosed block', () => {
    expect(problemsOf('001_0123456789abcdef.txt', '---\ntitle: x\nnot a pair\n---\n date 2024-01-01 Text.')).toEqual([
      { line: 3, message: expect.stringMatching(/not "key: value"/) },
    ]);
    expect(problemsOf('001_0123456789abcdef.txt', '---\ntitle: x\n date 2024-01-01 Text.')).toEqual([
      { line: 1, message: expect.stringMatching(/never closed/) },
    ]);
  });

  it('warns about an unknown front matter key but keeps the article', () => {
    const result = parseSeed('001_0123456789abcdef.txt', '---\ncolour: blue\n---\n date 2024-01-01 Text.');
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/unknown front matter key "colour"/) }),
    ]);
  });

  it('takes the date from front matter when the header has none', () => {
    const result = parseSeed('001_0123456789abcdef.txt', '---\ndate: 2020-01-02\n---\nBody text.');
    expect(result.ok && result.article.date).toBe('2020-01-02');
  });

  it('reports every problem of a file at once', () => {
    expect(problemsOf('bad.txt', '---\nnope\n---\n date 2024-02-30 Text.').map((p) => p.line)).toEqual([undefined, 2, 4]);
  });
});

describe('parseSeed on characters and tags nothing can show', () => {
  const F = '001_0123456789abcdef.txt';

  it('leaves control characters and U+FFFF out of the text, with one warning naming the first line and every kind', () => {
    const result = parseSeed(F, ' date 2024-05-04 Clean first line.\n\nBell \u0007 and ESC \u001b[2J here.\n\nC1 \u0085 and \uFFFF too, and a tab\tstays.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        file: F,
        line: 3,
        message: 'control characters U+0007, U+001B, U+0085, U+FFFF cannot be shown and are left out (4 in all, the first here): remove them from the file',
      },
    ]);
    const text = result.article.blocks.map((block) => block.text).join('\n');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\uffff]/);
    expect(text).toContain('ESC [2J here');
    expect(text).toMatch(/a tab\s+stays/);
  });

  it('reports a tag with no letter or digit, which can have no page, and keeps the others', () => {
    const result = parseSeed(F, '---\ntags: 😀, politics, !!!\n---\n date 2024-05-04 Text.');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.tags).toEqual(['politics']);
    expect(result.problems).toEqual([
      { severity: 'warning', file: F, line: 2, message: expect.stringMatching(/^tag "😀" has no letter or digit, so it can have no page and is left out/) },
      { severity: 'warning', file: F, line: 2, message: expect.stringMatching(/^tag "!!!" has no letter or digit/) },
    ]);
  });
});

describe('parseSeed on front matter and names from other tools', () => {
  it('takes the id from front matter for a slug name, with no order number', () => {
    const result = parseSeed('2024/03/council-budget.txt', '---\nid: 0123456789abcdef\ndate: 2024-03-05\n---\nThe council met.');
    expect(result).toMatchObject({ ok: true, problems: [], article: { id: '0123456789abcdef', file: '2024/03/council-budget.txt', date: '2024-03-05' } });
    expect(result.ok && 'order' in result.article).toBe(false);
  });

  it('lets categories join the tags once each, and keeps the sections', () => {
    const result = parseSeed(
      '001_0123456789abcdef.txt',
      '---\ntags:\n  - politics\n  - Europe\ncategories: [Economy, politics]\nsection: News\nsections: [Local]\n---\n date 2024-05-06 Text.',
    );
    expect(result.ok && result.article).toMatchObject({ tags: ['politics', 'Europe', 'Economy'], sections: ['News', 'Local'] });
  });

  it('reports a bad front matter date once, on its line, not also as a missing date line', () => {
    const result = parseSeed('001_0123456789abcdef.txt', '---\ntitle: x\ndate: 2024-02-30\n---\nText.');
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ line: 3, message: expect.stringMatching(/front matter date: 2024-02-30 is not a real calendar date/) })],
    });
  });

  it('reads a Hugo file: TOML front matter, a date and time, and no date line', () => {
    const result = parseSeed(
      'posts/budget.txt',
      '+++\ntitle = "Budget: what next"\ndate = 2024-05-06T10:00:00+02:00\nid = "0123456789abcdef"\n+++\nThe council met.\n',
    );
    expect(result).toMatchObject({ ok: true, problems: [], article: { id: '0123456789abcdef', title: 'Budget: what next', date: '2024-05-06' } });
  });
});

describe('parseSeed on any front matter', () => {
  it('never throws, and puts every front matter problem on a line of the file', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('title: a: b', 'tags:', '  - x', 'id: 0123456789abcdef', 'date: 2024-02-30', 'date:', 'date = 2024-01-01', '[x'),
    );
    fc.assert(
      fc.property(fc.constantFrom('---', '+++'), fc.array(line, { maxLength: 6 }), fc.string({ maxLength: 60 }), (fence, block, body) => {
        const text = [fence, ...block, fence, body].join('\n');
        const count = text.split('\n').length;
        const result = parseSeed('2024/a.txt', text);
        for (const problem of result.problems) {
          expect(problem.file).toBe('2024/a.txt');
          if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(count);
        }
        expect(result.ok || result.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseSeed on an empty front matter date', () => {
  it('still asks for a date when the front matter date is empty and the text has no date line', () => {
    const result = parseSeed('001_0123456789abcdef.txt', '---\ndate:\n---\nText.');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/"date" is empty/) }),
      expect.objectContaining({ severity: 'error', line: 4, message: expect.stringMatching(/must begin with " date YYYY-MM-DD "/) }),
    ]);
  });
});
