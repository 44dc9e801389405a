// The publisher's own typefaces, from font files they put in public/: the app makes no
// request off its own origin, so a web font service is no option. Each face replaces the
// serif (headlines, the reader's text) or the sans-serif (the interface), ahead of the
// system fonts that stay as its fallback.

import { IMMUTABLE_FOLDERS } from './cache-rules.ts';

/** One file of a typeface: a weight and style of it. */
export interface FontFile {
  /** A `.woff2` or `.woff` file in public/, e.g. `fonts/source-serif-400.woff2`. */
  file: string;
  /** A CSS font weight, `400`, or a range of a variable font, `200 900` (default `400`). */
  weight?: string;
  style?: 'normal' | 'italic';
}

/** A typeface: its name and its files. */
export interface FontFace {
  family: string;
  files: FontFile[];
}

export const FONT_ROLES = ['serif', 'sans'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
export type FontOptions = Partial<Record<FontRole, FontFace>>;

// The stacks of src/styles.css, which follow the publisher's face.
const FALLBACKS: Record<FontRole, string> = {
  serif: '"Iowan Old Style", "Charter", "Bitstream Charter", "Source Serif Pro", "Georgia", "Cambria", "Times New Roman", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", "Roboto", "Helvetica Neue", "Noto Sans", "Liberation Sans", sans-serif',
};

// Names and paths go into a stylesheet: nothing that could end a string, a rule or a url().
const FAMILY = /^[\p{L}\p{N} _-]{1,60}$/u;
const FILE = /^[\w-]+(?:\/[\w-]+)*\.(woff2|woff)$/;
const WEIGHT = /^[1-9]00(?: [1-9]00)?$/;

/** What is wrong with the font settings, each naming the setting, its value and what it should be; none when they are good. */
export function fontProblems(fonts: unknown): string[] {
  if (fonts === undefined) return [];
  if (typeof fonts !== 'object' || fonts === null || Array.isArray(fonts)) return [`site.fonts is ${JSON.stringify(fonts)}: expected { serif?, sans? }`];
  const errors: string[] = [];
  for (const [role, face] of Object.entries(fonts) as [string, Partial<FontFace> | undefined][]) {
    const option = `site.fonts.${role}`;
    if (!(FONT_ROLES as readonly string[]).includes(role)) {
      errors.push(`${option} is not a font setting (settings: ${FONT_ROLES.join(', ')})`);
      continue;
    }
    if (typeof face?.family !== 'string' || !FAMILY.test(face.family))
      errors.push(`${option}.family is ${JSON.stringify(face?.family)}: expected the typeface's name, letters, digits, spaces and dashes`);
    if (!Array.isArray(face?.files) || face.files.length === 0) {
      errors.push(`${option}.files is ${JSON.stringify(face?.files)}: expected at least one { file: 'fonts/name.woff2' }`);
      continue;
    }
    face.files.forEach((file: Partial<FontFile>, i) => {
      if (typeof file?.file !== 'string' || !FILE.test(file.file) || IMMUTABLE_FOLDERS.some((folder) => file.file!.startsWith(folder)))
        errors.push(
          `${option}.files[${i}].file is ${JSON.stringify(file?.file)}: expected a .woff2 or .woff file in public/, such as "fonts/serif-400.woff2", outside ${IMMUTABLE_FOLDERS.join(', ')} (cached for a year under names that never change)`,
        );
      if (file?.weight !== undefined && (typeof file.weight !== 'string' || !WEIGHT.test(file.weight)))
        errors.push(`${option}.files[${i}].weight is ${JSON.stringify(file.weight)}: expected a weight such as "400", or a range such as "200 900"`);
      if (file?.style !== undefined && file.style !== 'normal' && file.style !== 'italic')
        errors.push(`${option}.files[${i}].style is ${JSON.stringify(file.style)}: expected "normal" or "italic"`);
    });
  }
  return errors;
}

/** The files the font settings name (checked by `fontProblems`), to look for in public/. */
export function fontFiles(fonts: FontOptions): string[] {
  return FONT_ROLES.flatMap((role) => fonts[role]?.files.map(({ file }) => file) ?? []);
}

/**
 * The stylesheet of the publisher's faces: one @font-face a file, shown in the fallback until
 * it loads (swap), and the face put first in its stack. `base` is the build's base path.
 */
export function fontCss(fonts: FontOptions, base: string): string {
  const rules: string[] = [];
  for (const role of FONT_ROLES) {
    const face = fonts[role];
    if (!face) continue;
    for (const { file, weight = '400', style = 'normal' } of face.files)
      rules.push(
        `@font-face { font-family: "${face.family}"; src: url("${base}${file}") format("${file.endsWith('.woff2') ? 'woff2' : 'woff'}"); font-weight: ${weight}; font-style: ${style}; font-display: swap; }`,
      );
    rules.push(`:root { --font-${role}: "${face.family}", ${FALLBACKS[role]}; }`);
  }
  return rules.length > 0 ? `${rules.join('\n')}\n` : '';
}
