import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTES, paletteCss, PALETTE_KEYS, resolvePalettes, THEMES } from '../../../../src/content/publishing/theme.ts';

describe('the themes’ colours', () => {
  it('are those of the stylesheet, theme by theme', () => {
    const css = readFileSync(new URL('../../../../src/styles.css', import.meta.url), 'utf8');
    // The light theme in @theme, sepia under its attribute, dark under the dark variant.
    const blocks = {
      light: css.slice(css.indexOf('@theme {')),
      sepia: css.slice(css.indexOf(':root[data-theme="sepia"]')),
      dark: css.slice(css.indexOf('@variant dark {')),
    };
    for (const name of THEMES) {
      const block = blocks[name].slice(0, blocks[name].indexOf('}'));
      for (const key of PALETTE_KEYS) {
        const value = new RegExp(`--color-${key}: (?:var\\(--site-accent, )?(#[0-9a-f]{6})`).exec(block)?.[1];
        expect(value, `${name} ${key}`).toBe(DEFAULT_PALETTES[name][key]);
      }
    }
  });

  it('keep every text and control readable by default', () => {
    expect(resolvePalettes({}).errors).toEqual([]);
    expect(paletteCss(resolvePalettes(undefined).palettes)).toBe('');
  });

  it('take the publisher’s colours, each theme scoped to when it shows, and only what differs', () => {
    const { palettes, errors } = resolvePalettes({ dark: { paper: '#0F1014', accent: '#8ab4ff' }, light: { mark: '#ffe08a' }, sepia: { ink: '#3d2f1f' } });
    expect(errors).toEqual([]);
    expect(palettes.dark.paper).toBe('#0f1014');
    // On screen only: a print stays black on white.
    expect(paletteCss(palettes).split('\n').filter(Boolean)).toEqual([
      '@media screen {',
      ':root[data-theme="light"] { --color-mark: #ffe08a; }',
      '@media not (prefers-color-scheme: dark) { :root:not([data-theme]) { --color-mark: #ffe08a; } }',
      ':root[data-theme="dark"] { --color-paper: #0f1014; --color-accent: #8ab4ff; }',
      '@media (prefers-color-scheme: dark) { :root:not([data-theme]) { --color-paper: #0f1014; --color-accent: #8ab4ff; } }',
      '}',
    ]);
  });

  it('refuse what is no theme, no colour or not #rrggbb, and every pair that falls short of its contrast', () => {
    expect(resolvePalettes({ night: {}, dark: { glow: '#ffffff', ink: 'white' } }).errors).toEqual([
      'site.theme.night is not a theme (themes: light, sepia, dark)',
      expect.stringMatching(/^site\.theme\.dark\.glow is not a colour \(colours: paper, field/),
      'site.theme.dark.ink is "white": expected a colour written #rrggbb',
    ]);
    const { errors } = resolvePalettes({ sepia: { muted: '#a09070' } });
    expect(errors).toEqual([
      expect.stringMatching(/^site\.theme\.sepia: muted #a09070 on paper #f4ecd8 has a contrast of \d\.\d\d:1, below the 4\.5:1 it needs/),
      expect.stringMatching(/^site\.theme\.sepia: muted #a09070 on field #fbf6ea/),
    ]);
    expect(resolvePalettes([]).errors).toEqual([expect.stringMatching(/^site\.theme is \[\]: expected an object of themes/)]);
  });
});
