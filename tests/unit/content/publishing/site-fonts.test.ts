import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCss, fontProblems } from '../../../../src/content/publishing/site-fonts.ts';

describe('the publisher’s typefaces', () => {
  it('come first in the stylesheet’s own stacks, which stay their fallback', () => {
    const css = readFileSync(new URL('../../../../src/styles.css', import.meta.url), 'utf8');
    const face = { family: 'Harbour', files: [{ file: 'fonts/h.woff2' }] };
    const ours = fontCss({ serif: face, sans: face }, '/');
    for (const role of ['serif', 'sans']) {
      const stack = new RegExp(`--font-${role}: (.*);`).exec(css)![1]!;
      expect(ours).toContain(`:root { --font-${role}: "Harbour", ${stack}; }`);
    }
    expect(fontCss({}, '/')).toBe('');
  });

  it('write one @font-face a file, under the base path, shown in the fallback until loaded', () => {
    expect(fontCss({ sans: { family: 'Gazette Sans', files: [{ file: 'fonts/g.woff', weight: '200 900', style: 'italic' }] } }, '/news/')).toContain(
      '@font-face { font-family: "Gazette Sans"; src: url("/news/fonts/g.woff") format("woff"); font-weight: 200 900; font-style: italic; font-display: swap; }',
    );
  });

  it('refuse any name or path that could end a string, a rule or a url() in the stylesheet', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '9', ' ', '-', '"', "'", ';', '{', '}', '(', ')', '\\', '<') }),
        fc.stringMatching(/^[a-z/."();-]{1,12}\.woff2$/),
        (family, file) => {
          if (fontProblems({ serif: { family, files: [{ file }] } }).length > 0) return;
          // What passes has nothing that could end a quoted string, a url(), a declaration or a rule.
          expect(`${family}${file}`).not.toMatch(/["'();{}\\<>]/);
        },
      ),
    );
    expect(fontProblems({ serif: { family: 'A"; } body { color: red', files: [{ file: 'fonts/a.woff2' }] } })).toEqual([
      expect.stringMatching(/^site\.fonts\.serif\.family is .*: expected the typeface's name/),
    ]);
    expect(
      fontProblems({ serif: { family: 'A', files: [{ file: '../secret.woff2' }, { file: 'fonts/a.ttf' }, { file: 'a.woff2', weight: 'bold' }] } }),
    ).toEqual([
      expect.stringMatching(/files\[0\]\.file is "\.\.\/secret\.woff2"/),
      expect.stringMatching(/files\[1\]\.file is "fonts\/a\.ttf"/),
      expect.stringMatching(/files\[2\]\.weight is "bold"/),
    ]);
    expect(fontProblems({ mono: {} })).toEqual(['site.fonts.mono is not a font setting (settings: serif, sans)']);
    // Files under the folders served as never changing would keep an old font a year.
    expect(fontProblems({ sans: { family: 'A', files: [{ file: 'assets/a.woff2' }] } })).toEqual([expect.stringMatching(/outside assets\/, data\//)]);
  });
});
