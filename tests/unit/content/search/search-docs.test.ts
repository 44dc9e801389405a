import { describe, expect, it } from 'vitest';
import { buildResultFiles, RESULT_DOCS, resultEntry, resultFileOf, type ResultEntry } from '../../../../src/content/search/search-docs.ts';

// Every third with a lead image, whose thumbnail's hash the row carries.
const entry = (n: number): ResultEntry => ({
  id: n.toString(16).padStart(16, '0'),
  date: '2024-01-01',
  title: `Title “${n}”`,
  readingMinutes: 1 + (n % 7),
  ...(n % 3 === 0 ? { thumb: n.toString(16).padStart(16, 'f') } : {}),
  at: [Math.floor(n / 64), 100 * (n % 64), 90 + n],
});

describe('result data files', () => {
  it('hold every document once, in ranges of RESULT_DOCS, and give each back as it was (through JSON)', () => {
    const articles = Array.from({ length: RESULT_DOCS * 3 + 5 }, (_, i) => entry(i));
    const files = buildResultFiles(articles).map((rows) => JSON.parse(JSON.stringify(rows)) as typeof rows);
    expect(files.map((rows) => rows.length)).toEqual([RESULT_DOCS, RESULT_DOCS, RESULT_DOCS, 5]);
    articles.forEach((article, doc) => expect(resultEntry(files[resultFileOf(doc)]!, doc)).toEqual(article));
  });

  it('spend no byte on the thumbnail of an article without a lead image', () => {
    const [rows] = buildResultFiles([entry(1), entry(3)]);
    expect(JSON.stringify(rows![0])).toBe('["0000000000000001","2024-01-01","Title “1”",2,0,100,91]');
    expect(rows![1]).toHaveLength(8);
  });

  it('leave out what results do not show (the excerpt)', () => {
    const [rows] = buildResultFiles([{ ...entry(1), excerpt: 'a long first paragraph' } as ResultEntry]);
    expect(JSON.stringify(rows)).not.toContain('first paragraph');
  });

  it('are empty for an empty archive, and say when a file does not hold a document', () => {
    expect(buildResultFiles([])).toEqual([]);
    expect(resultEntry([], 3)).toBeUndefined();
  });
});
