import type { SeedProblem } from '../content/seeds/article.ts';
import { formatProblem } from '../content/seeds/problems.ts';

/** The dev server's notice of seeds that could not be read, so an editor sees them in the page. */
export function SeedProblems({ problems }: { problems: readonly SeedProblem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section
      aria-label="Problems in the seed folder"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="mx-auto max-w-5xl">
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            {errors} seed error{errors === 1 ? '' : 's'}, {problems.length - errors} warning{problems.length - errors === 1 ? '' : 's'}: the articles below are
            the ones that could be read; a production build fails until the errors are fixed.
          </summary>
          <ul className="mt-2 list-disc space-y-1 ps-5 font-mono text-xs">
            {problems.map((problem) => (
              <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
            ))}
          </ul>
        </details>
      </div>
    </section>
  );
}
