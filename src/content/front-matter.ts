import type { SeedProblem } from './article.ts';

/** Keys an author may set in a seed's front matter. */
export const FRONT_MATTER_KEYS = ['title', 'date', 'author', 'source', 'tags'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatter = Partial<Record<FrontMatterKey, string>>;

export interface FrontMatterResult {
  data: FrontMatter;
  /** Index of the first line after the block (0 when there is none). */
  bodyStart: number;
  problems: SeedProblem[];
}

const FENCE = /^---\s*$/;
// `[^]` rather than `.`: a value holding a line separator (U+2028) is still a value.
const PAIR = /^([A-Za-z][\w-]*)\s*:\s*([^]*)$/;
const SEPARATOR = /[\u2028\u2029]/;

/** Reads an optional `---` block of `key: value` lines at the top of a seed. */
export function readFrontMatter(file: string, lines: readonly string[]): FrontMatterResult {
  const data: FrontMatter = {};
  const problems: SeedProblem[] = [];
  /** The line each key was last given on. */
  const seenAt = new Map<string, number>();
  if (!FENCE.test(lines[0] ?? '')) return { data, bodyStart: 0, problems };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'front matter opened with "---" is never closed: add a "---" line after the last "key: value" line',
    });
    return { data, bodyStart: lines.length, problems };
  }
  for (let i = 1; i < close; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const pair = PAIR.exec(line.trim());
    if (!pair) {
      problems.push({
        severity: 'error',
        file,
        line: i + 1,
        message: `front matter line "${line.trim()}" is not "key: value": write it as, for example, "author: Jane Doe"`,
      });
      continue;
    }
    const key = pair[1]!.toLowerCase();
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      problems.push({
        severity: 'warning',
        file,
        line: i + 1,
        message: `unknown front matter key "${key}" is ignored: the keys are ${FRONT_MATTER_KEYS.join(', ')}`,
      });
      continue;
    }
    const seen = seenAt.get(key);
    if (seen !== undefined)
      problems.push({
        severity: 'warning',
        file,
        line: i + 1,
        message: `front matter key "${key}" is given twice (lines ${seen} and ${i + 1}): the value on line ${i + 1} is used; remove the other line`,
      });
    seenAt.set(key, i + 1);
    let value = unquote(pair[2]!.trim());
    if (SEPARATOR.test(value)) {
      problems.push({
        severity: 'warning',
        file,
        line: i + 1,
        message: `front matter "${key}" holds a line or paragraph separator (U+2028 or U+2029): it is read as a space; write the value on one line`,
      });
      value = value.replace(new RegExp(SEPARATOR, 'g'), ' ').trim();
    }
    if (!value.trim()) {
      problems.push({
        severity: 'warning',
        file,
        line: i + 1,
        message: `front matter "${key}" is empty, so it is ignored${key === 'title' ? ' and the headline comes from the text' : ''}: give it a value or remove the line`,
      });
      delete data[key as FrontMatterKey];
      continue;
    }
    data[key as FrontMatterKey] = value;
  }
  return { data, bodyStart: close + 1, problems };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}

/** Splits a `tags` value written as `a, b` or `[a, b]` into trimmed, de-duplicated tags. */
export function parseTags(value: string | undefined): string[] {
  if (!value) return [];
  const inner = value.replace(/^\[(.*)\]$/, '$1');
  return [
    ...new Set(
      inner
        .split(',')
        .map((tag) =>
          tag
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2')
            .trim(),
        )
        .filter(Boolean),
    ),
  ];
}
