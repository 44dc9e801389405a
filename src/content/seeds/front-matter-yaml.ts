// YAML front matter (between `---` lines), read with the `yaml` library's failsafe schema:
// every value is text as written, so `title: 1984`, `id: 0123456789012345` and `tags: [no]`
// stay what the author wrote (no numbers, booleans or Date objects to turn back into text).
import { isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { SeedProblem } from './article.ts';

/** One `key: value` of a front matter block, with the seed line it is on. */
export interface FrontMatterEntry {
  key: string;
  value: unknown;
  line: number;
}

/** The entries of a block and what is wrong with it. */
export interface BlockReading {
  entries: FrontMatterEntry[];
  problems: SeedProblem[];
  /** After a syntax error, the entries are only the keys of the lines read well, for checking their names. */
  keysOnly?: boolean;
}

/** A top-level `key: value` line, value on the same line. */
const ONE_LINE_PAIR = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(\S.*)$/;
const parseLine = (line: string) => parseDocument(line, { schema: 'failsafe', uniqueKeys: false });

/**
 * Reads a YAML block (`block` are its lines; `before` is the number of seed lines above it)
 * into entries, mapping every YAML error and node to its seed line. Never throws.
 */
export function readYamlBlock(file: string, block: readonly string[], before: number): BlockReading {
  const problems: SeedProblem[] = [];
  const problem = (severity: SeedProblem['severity'], line: number, message: string) => problems.push({ severity, file, line, message });
  try {
    let source = block;
    let doc = parseBlock(source);
    // Only a block YAML refuses is read again with its old-style lines as text (and parsing each line costs).
    if (doc.errors.length > 0) {
      source = block.map((line, i) => legacyLine(line, block[i + 1]));
      if (source.some((line, i) => line !== block[i])) doc = parseBlock(source);
    }
    source.forEach((line, i) => {
      const comment = commentedValue(line);
      if (comment)
        problem(
          'warning',
          before + i + 1,
          `the text after " #" in front matter "${comment}" is a YAML comment, not part of the value: put the value in quotes (${comment}: "…") if the # belongs to it`,
        );
    });
    // The seed line of an offset into the block's text (yaml's LineCounter costs a third more parsing time).
    const text = source.join('\n');
    const lineAt = (offset: number) => before + 1 + (text.slice(0, Math.max(0, offset)).match(/\n/g)?.length ?? 0);
    const reported = new Set<number>();
    for (const error of doc.errors) {
      let line = lineAt(error.pos[0]);
      // YAML notices an unclosed `[` or `{` where the block goes on; the mistake is on the line that opened it.
      if (/flow/i.test(error.message)) {
        const opened = block.slice(0, line - before).findLastIndex((text) => /:\s*[[{][^\]}]*$/.test(text));
        if (opened >= 0) line = before + opened + 1;
      }
      if (reported.has(line)) continue;
      reported.add(line);
      const text = (block[line - before - 1] ?? '').trim();
      problem(
        'error',
        line,
        `front matter line "${text}" is not "key: value" as YAML reads it (${error.message.split('\n')[0]!.replace(/\.$/, '')}): write it as, for example, "author: Jane Doe", a list as "tags: [politics, Europe]" or as "  - politics" lines, and put a value holding ": " or " #" in quotes`,
      );
    }
    // What YAML makes of the rest of a broken block is no guide; the names of the keys on good lines still are.
    if (doc.errors.length > 0) {
      const keys = block.flatMap((text, i) => {
        const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(text)?.[1];
        return key === undefined || reported.has(before + i + 1) ? [] : [{ key, value: null, line: before + i + 1 }];
      });
      return { entries: keys, problems, keysOnly: true };
    }
    for (const warning of doc.warnings) problem('warning', lineAt(warning.pos[0]), `front matter: ${warning.message.split('\n')[0]}`);
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { entries: [], problems };
    if (!isMap(contents)) {
      problem('error', lineAt(contents.range?.[0] ?? 0), 'front matter must be "key: value" lines: write it as, for example, "author: Jane Doe"');
      return { entries: [], problems };
    }
    const entries: FrontMatterEntry[] = [];
    for (const pair of contents.items) {
      const line = lineAt(isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') {
        problem('error', line, 'a front matter key must be a plain name, such as "author": write it as "author: Jane Doe"');
        continue;
      }
      // Aliases are resolved within YAML's own limit on their count, so `*a` cannot blow up.
      const value = isNode(pair.value) ? pair.value.toJS(doc, { maxAliasCount: 100 }) : null;
      entries.push({ key: pair.key.value, value: value ?? null, line });
    }
    return { entries, problems };
  } catch (cause) {
    problem(
      'error',
      before + 1,
      `front matter cannot be read as YAML (${cause instanceof Error ? cause.message : String(cause)}): write it as "key: value" lines`,
    );
    return { entries: [], problems };
  }
}

function parseBlock(lines: readonly string[]) {
  return parseDocument(lines.join('\n'), { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
}

/**
 * Seeds written before front matter was YAML hold lines YAML refuses, such as
 * `title: Budget: what next` or `author: @jane`: such a one-line value is read as the text it
 * always was.
 */
function legacyLine(line: string, next: string | undefined): string {
  const pair = ONE_LINE_PAIR.exec(line);
  // A value going on below (an indented line or a list item) is YAML's, whole.
  if (!pair || (next !== undefined && /^[ \t-]/.test(next) && next.trim())) return line;
  const [, key, value] = pair as unknown as [string, string, string];
  // An unclosed list (`tags: [a, b`) is a mistake to report, not text.
  if (/^[[{]/.test(value) && !/[\]}]/.test(value)) return line;
  if (parseLine(line).errors.length === 0) return line;
  const quoted = /^(["'])(.*)\1$/.exec(value.trim());
  return `${key}: ${JSON.stringify(quoted ? quoted[2] : value.trim())}`;
}

/**
 * The key of a one-line plain value that YAML cuts at " #" (`title: We're #1` is "We're"):
 * read as YAML, with a warning, since a comment may be meant.
 */
function commentedValue(line: string): string | undefined {
  const pair = ONE_LINE_PAIR.exec(line);
  return pair && /^[^"'[{|>#]/.test(pair[2]!) && /\s#/.test(pair[2]!) ? pair[1] : undefined;
}
