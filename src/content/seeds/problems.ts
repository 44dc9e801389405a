import type { SeedProblem } from './article.ts';

/**
 * Characters a terminal or a log would act on rather than show: controls (ESC sequences
 * clear the screen or colour a fake "All seeds OK"; a newline forges a line), line and
 * paragraph separators, and the bidirectional overrides that reorder what is shown.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text as a message can print it: every character a terminal would act on is written as its `\u` escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Formats one problem as `file:line: error: message`, the shape editors and terminals link; a
 * problem of the folder itself (no file) names the folder. File names and seed text in it are
 * made printable: a seed's name or content never drives the terminal.
 */
export function formatProblem(problem: SeedProblem, folder = ''): string {
  const file = problem.file ? `${folder ? `${folder.replace(/\/+$/, '')}/` : ''}${problem.file}` : folder || '.';
  const where = `${file}${problem.line ? `:${problem.line}` : ''}`;
  return printable(`${where}: ${problem.severity}: ${problem.message}`);
}

/** Formats every problem, errors first, with a count line at the top. */
export function formatProblems(problems: readonly SeedProblem[], folder = ''): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const head = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in seeds`;
  return [head, ...[...errors, ...warnings].map((p) => `  ${formatProblem(p, folder)}`)].join('\n');
}
