import { describe, expect, it } from 'vitest';
import { htmlExportLine } from '../../../../src/content/seeds/html-export.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';

describe('htmlExportLine', () => {
  it('finds a line of page markup, with or without a doctype', () => {
    expect(htmlExportLine(['<html><body><h1>Council budget</h1><p>The council met.</p></body></html>'], 0)).toBe(0);
    expect(htmlExportLine(['', '<!DOCTYPE html><html lang="en"><head><title>x</title></head>'], 0)).toBe(1);
    expect(htmlExportLine([' date 2024-01-01 Text.', '', '<div class="story"><h2>Budget</h2><p>Text</p><p>More</p></div>'], 1)).toBe(2);
  });

  it('leaves alone text that mentions markup', () => {
    const lines = [
      'The attacker wrote <script>alert("x")</script> into the form.',
      '<p> is the paragraph tag.',
      '<p>One</p><p>Two</p>',
      '<b>Breaking</b>: the council met',
      'Use <h1> once a page, then <h2> and <p>.',
    ];
    expect(htmlExportLine(lines, 0)).toBe(-1);
  });
});

describe('parseSeed on an HTML export', () => {
  it('refuses it on its line, saying to export plain text, and never makes it a heading', () => {
    const result = parseSeed(
      '2024/export.txt',
      '---\ndate: 2024-05-06\nid: 0123456789abcdef\n---\n<html><body><h1>Council budget</h1><p>The council met.</p></body></html>\n',
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          severity: 'error',
          file: '2024/export.txt',
          line: 5,
          message: expect.stringMatching(/HTML export.*export the article as plain text/),
        }),
      ],
    });
  });

  it('reports only the export in a file that has no date line either', () => {
    const result = parseSeed('export.txt', '<!DOCTYPE html><html><body><h1>Council budget</h1><p>The council met.</p></body></html>');
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/HTML export/) }),
    ]);
  });
});
