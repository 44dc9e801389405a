import type { SeedProblem } from './article.ts';
import { readYamlBlock, type FrontMatterEntry } from './front-matter-yaml.ts';
import { readTomlBlock } from './front-matter-toml.ts';
import { dateProblem } from './seed-date.ts';
import { ARTICLE_ID } from './seed-name.ts';

type Kind = 'text' | 'list' | 'date' | 'id';

/**
 * The one schema of a seed's front matter: each key, the kind of value it takes and a line
 * to write when it is wrong. A value of the wrong kind is an error (the article would lose
 * what the author meant); an empty value and an unknown key are warnings, and are ignored.
 */
export const FRONT_MATTER_SCHEMA = {
  title: { kind: 'text', example: 'title: A title the author chose' },
  author: { kind: 'text', example: 'author: Jane Doe' },
  source: { kind: 'text', example: 'source: The Daily Example' },
  date: { kind: 'date', example: 'date: 2024-05-06' },
  tags: { kind: 'list', example: 'tags: [politics, Europe]' },
  // Hugo's other taxonomy: its terms join the tags (content/seeds/parse-seed.ts).
  categories: { kind: 'list', example: 'categories: [politics]' },
  // The article's sections, each with its page (`/sections/<slug>`).
  section: { kind: 'text', example: 'section: Politics' },
  sections: { kind: 'list', example: 'sections: [Politics, Europe]' },
  id: { kind: 'id', example: 'id: 0123456789abcdef' },
  // The lead image: a file beside the seed, or `/x.jpg` in public/ (content/seeds/images.ts); its alt text is required.
  image: { kind: 'text', example: 'image: council-chamber.jpg' },
  imageAlt: { kind: 'text', example: 'imageAlt: The council chamber during the vote' },
  imageCaption: { kind: 'text', example: 'imageCaption: Councillors voted after midnight' },
  imageCredit: { kind: 'text', example: 'imageCredit: Photo: Ana Ruiz' },
} as const satisfies Record<string, { kind: Kind; example: string }>;

/** A key of the front matter schema. */
export type FrontMatterKey = keyof typeof FRONT_MATTER_SCHEMA;
/** Front matter as read: lists for list keys, text for the others. */
export type FrontMatter = { [K in FrontMatterKey]?: (typeof FRONT_MATTER_SCHEMA)[K]['kind'] extends 'list' ? string[] : string };

/** What the front matter of a seed gives. */
export interface FrontMatterResult {
  data: FrontMatter;
  /** The seed line each key was (last) given on, for later messages; set even when its value was refused. */
  lines: Partial<Record<FrontMatterKey, number>>;
  /** Index of the first line after the block (0 when there is none). */
  bodyStart: number;
  problems: SeedProblem[];
}

const KEYS = Object.keys(FRONT_MATTER_SCHEMA) as FrontMatterKey[];
const FENCES = { '---': 'YAML', '+++': 'TOML' } as const;
const SEPARATOR = /[\u2028\u2029]/g;
/** A date, or a date and time (Hugo writes `2024-05-06T10:00:00+02:00`): the date as written is the publication date. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Reads an optional front matter block at the top of a seed: YAML between `---` lines, or TOML between `+++` lines. */
export function readFrontMatter(file: string, lines: readonly string[]): FrontMatterResult {
  const result: FrontMatterResult = { data: {}, lines: {}, bodyStart: 0, problems: [] };
  const fence = (lines[0] ?? '').trimEnd();
  if (fence !== '---' && fence !== '+++') return result;
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === fence);
  if (close < 0) {
    result.problems.push({
      severity: 'error',
      file,
      line: 1,
      message: `front matter opened with "${fence}" is never closed: add a "${fence}" line after its last line`,
    });
    return { ...result, bodyStart: lines.length };
  }
  const block = lines.slice(1, close);
  const read = FENCES[fence] === 'YAML' ? readYamlBlock(file, block, 1) : readTomlBlock(file, block, 1);
  result.problems.push(...read.problems);
  if (read.keysOnly) {
    for (const { key, line } of read.entries)
      if (!KEYS.some((name) => name.toLowerCase() === key.toLowerCase())) result.problems.push(unknownKey(file, key, line));
  } else applySchema(file, read.entries, result);
  return { ...result, bodyStart: close + 1 };
}

/** Checks each entry against the schema and keeps the good values; a key given twice keeps its last value. */
function applySchema(file: string, entries: readonly FrontMatterEntry[], result: FrontMatterResult): void {
  const problem = (severity: SeedProblem['severity'], line: number, message: string) => result.problems.push({ severity, file, line, message });
  for (const { key: written, value, line } of entries) {
    const key = KEYS.find((name) => name.toLowerCase() === written.toLowerCase());
    if (key === undefined) {
      result.problems.push(unknownKey(file, written, line));
      continue;
    }
    const seen = result.lines[key];
    if (seen !== undefined)
      problem(
        'warning',
        line,
        `front matter key "${key}" is given twice (lines ${seen} and ${line}): the value on line ${line} is used; remove the other line`,
      );
    result.lines[key] = line;
    delete result.data[key];
    const rule = FRONT_MATTER_SCHEMA[key];
    const wrong = (what: string) => problem('error', line, `front matter "${key}" ${what}: write it as, for example, "${rule.example}"`);
    const clean = (text: string) => {
      if (/[\u2028\u2029]/.test(text))
        problem(
          'warning',
          line,
          `front matter "${key}" holds a line or paragraph separator (U+2028 or U+2029): it is read as a space; write the value on one line`,
        );
      // A YAML block scalar (`|`) may hold line breaks: a value is shown on one line.
      return text
        .replace(SEPARATOR, ' ')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    };
    let kept: string | string[] | undefined;
    if (rule.kind === 'list') {
      const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
      if (items.some((item) => asText(item) === undefined)) {
        wrong('must be a list of words or phrases, not of lists or pairs');
        continue;
      }
      const texts = items.flatMap((item) => (typeof item === 'string' && !Array.isArray(value) ? splitList(item) : [asText(item)!]));
      kept = [...new Set(texts.map(clean).filter(Boolean))];
      if (kept.length === 0) kept = undefined;
    } else {
      const text = asText(value);
      if (text === undefined) {
        wrong(Array.isArray(value) ? 'must be one value, not a list' : 'must be one value, not a group of "key: value" pairs');
        continue;
      }
      kept = clean(text) || undefined;
      if (kept !== undefined && rule.kind === 'date') {
        const date = DATE_TIME.exec(kept)?.[1] ?? kept;
        const why = dateProblem(date);
        if (why) {
          problem('error', line, `front matter date: ${why}: write it as YYYY-MM-DD`);
          continue;
        }
        kept = date;
      }
      if (kept !== undefined && rule.kind === 'id' && !ARTICLE_ID.test(kept)) {
        const lower = kept.toLowerCase();
        wrong(
          `is "${kept}", which is not an article id (16 lowercase hex characters, 0-9 and a-f)${ARTICLE_ID.test(lower) ? `; write it in lower case: id: ${lower}` : ''}`,
        );
        continue;
      }
    }
    if (kept === undefined) {
      problem(
        'warning',
        line,
        `front matter "${key}" is empty, so it is ignored${key === 'title' ? ' and the headline comes from the text' : ''}: give it a value or remove the line`,
      );
      continue;
    }
    (result.data as Record<string, string | string[]>)[key] = kept;
  }
}

function unknownKey(file: string, key: string, line: number): SeedProblem {
  return { severity: 'warning', file, line, message: `unknown front matter key "${key}" is ignored: the keys are ${KEYS.join(', ')}` };
}

/** A scalar as text (TOML numbers, booleans and dates too); undefined for a list, a table or nothing. */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // TOML's dates keep the form they were written in (smol-toml's toISOString); YAML's failsafe schema gives strings.
  if (value instanceof Date) return value.toISOString();
  if (value === null) return '';
  return undefined;
}

/** Splits a list written as one string, `a, b` or `[a, b]` (the form seeds have always used), into trimmed items. */
function splitList(value: string): string[] {
  return value
    .replace(/^\s*\[(.*)\]\s*$/, '$1')
    .split(',')
    .map((item) =>
      item
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim(),
    );
}
