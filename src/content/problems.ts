import type { SeedProblem } from './article.ts';

/** Formats one problem as `file:line: error: message`, the shape editors and terminals link; a problem of the folder itself (no file) names the folder. */
export function formatProblem(problem: SeedProblem, folder = ''): string {
  const file = problem.file ? `${folder ? `${folder.replace(/\/+$/, '')}/` : ''}${problem.file}` : folder || '.';
  const where = `${file}${problem.line ? `:${problem.line}` : ''}`;
  return `${where}: ${problem.severity}: ${problem.message}`;
}

/** Formats every problem, errors first, with a count line at the top. */
export function formatProblems(problems: readonly SeedProblem[], folder = ''): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const head = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in seeds`;
  return [head, ...[...errors, ...warnings].map((p) => `  ${formatProblem(p, folder)}`)].join('\n');
}
