// The colours of the three themes a reader picks from (light, sepia, dark), and the
// publisher's own: any colour of any theme may be set (site.theme), each checked against the
// colours it is read on, so a publisher's palette keeps every text and control readable.

import { DEFAULTS } from '../contracts.ts';

/** The colours of one theme, each `#rrggbb`. */
export interface Palette {
  /** The page. */
  paper: string;
  /** Fields and cards on the page. */
  field: string;
  /** Text. */
  ink: string;
  /** Secondary text: dates, bylines, counts. */
  muted: string;
  /** Hairlines between list entries (no contrast is asked of them). */
  rule: string;
  /** The boundary of a control or card: 3:1 against the page (WCAG 1.4.11). */
  edge: string;
  /** Links and buttons. */
  accent: string;
  /** Behind a search's matches, under the text. */
  mark: string;
}

export const THEMES = ['light', 'sepia', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The palettes of src/styles.css (a test holds them equal), which a publisher's colours override. */
export const DEFAULT_PALETTES: Record<ThemeName, Palette> = {
  light: {
    paper: DEFAULTS.paperColor,
    field: '#ffffff',
    ink: '#1c1b19',
    muted: '#5c5850',
    rule: '#e3ded3',
    edge: '#8c867b',
    accent: '#9f1d20',
    mark: '#f7dc7c',
  },
  sepia: { paper: '#f4ecd8', field: '#fbf6ea', ink: '#3d2f1f', muted: '#5f4e38', rule: '#dccfb2', edge: '#8f7f63', accent: '#8a2512', mark: '#ecc96a' },
  dark: { paper: '#16161a', field: '#222228', ink: '#e9e6df', muted: '#aaa59b', rule: '#33323a', edge: '#6c6a73', accent: '#ff8a80', mark: '#6b5310' },
};

export const PALETTE_KEYS = Object.keys(DEFAULT_PALETTES.light) as (keyof Palette)[];

/** What a publisher may set: any colour of any theme. */
export type ThemeOptions = Partial<Record<ThemeName, Partial<Palette>>>;

// Each colour that is read, what it is read on, and the contrast WCAG asks of it: text 4.5:1,
// a control's boundary 3:1 against the page around it.
const READ_ON: [keyof Palette, (keyof Palette)[], number][] = [
  ['ink', ['paper', 'field', 'mark'], 4.5],
  ['muted', ['paper', 'field'], 4.5],
  ['accent', ['paper', 'field'], 4.5],
  ['edge', ['paper'], 3],
];

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The palettes with the publisher's colours in, or what is wrong with them: a key that is no
 * theme or colour, a value that is no `#rrggbb`, and every pair that falls short of its
 * contrast, each naming the setting, its value and what to do.
 */
export function resolvePalettes(options: unknown, option = 'theme'): { palettes: Record<ThemeName, Palette>; errors: string[] } {
  const palettes = Object.fromEntries(THEMES.map((name) => [name, { ...DEFAULT_PALETTES[name] }])) as Record<ThemeName, Palette>;
  const errors: string[] = [];
  if (options === undefined) return { palettes, errors };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    errors.push(`site.${option} is ${JSON.stringify(options)}: expected an object of themes (${THEMES.join(', ')}), each of colours`);
    return { palettes, errors };
  }
  for (const [name, colours] of Object.entries(options)) {
    if (!(THEMES as readonly string[]).includes(name)) {
      errors.push(`site.${option}.${name} is not a theme (themes: ${THEMES.join(', ')})`);
      continue;
    }
    const palette = palettes[name as ThemeName];
    for (const [key, value] of Object.entries((colours ?? {}) as object)) {
      if (!(PALETTE_KEYS as string[]).includes(key)) errors.push(`site.${option}.${name}.${key} is not a colour (colours: ${PALETTE_KEYS.join(', ')})`);
      else if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value))
        errors.push(`site.${option}.${name}.${key} is ${JSON.stringify(value)}: expected a colour written #rrggbb`);
      else palette[key as keyof Palette] = value.toLowerCase();
    }
  }
  if (errors.length > 0) return { palettes, errors };
  for (const name of THEMES) {
    const palette = palettes[name];
    for (const [text, grounds, needed] of READ_ON) {
      for (const ground of grounds) {
        const ratio = contrastRatio(palette[text], palette[ground]);
        if (ratio < needed)
          errors.push(
            `site.${option}.${name}: ${text} ${palette[text]} on ${ground} ${palette[ground]} has a contrast of ${ratio.toFixed(2)}:1, below the ${needed}:1 it needs: make one lighter or the other darker`,
          );
      }
    }
  }
  return { palettes, errors };
}

/**
 * The stylesheet that puts the publisher's colours in: only those that differ from the
 * defaults. Unlayered, it wins over the stylesheet's own layered palettes, so each theme's
 * rule is scoped to exactly when that theme shows.
 */
export function paletteCss(palettes: Record<ThemeName, Palette>): string {
  const declarations = (name: ThemeName) =>
    PALETTE_KEYS.filter((key) => palettes[name][key] !== DEFAULT_PALETTES[name][key])
      .map((key) => `--color-${key}: ${palettes[name][key]};`)
      .join(' ');
  const rules: string[] = [];
  const light = declarations('light');
  if (light) rules.push(`:root[data-theme="light"] { ${light} }`, `@media not (prefers-color-scheme: dark) { :root:not([data-theme]) { ${light} } }`);
  const sepia = declarations('sepia');
  if (sepia) rules.push(`:root[data-theme="sepia"] { ${sepia} }`);
  const dark = declarations('dark');
  if (dark) rules.push(`:root[data-theme="dark"] { ${dark} }`, `@media (prefers-color-scheme: dark) { :root:not([data-theme]) { ${dark} } }`);
  // On screen only: a print is black on white whatever the theme (src/styles.css), and these
  // rules, unlayered and later, would otherwise win over that.
  return rules.length > 0 ? `@media screen {\n${rules.join('\n')}\n}\n` : '';
}
