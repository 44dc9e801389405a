// `npm run check-seeds [folder]`: validates a seed folder without building, with the
// parser the build uses. Lists every problem (file, line, what to do), then a summary line;
// exits 1 when there are errors, so it can gate an editor's CI pipeline.
import { relative, resolve } from 'node:path';
import { formatProblem } from '../content/problems.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { formatCount } from '../content/format-number.ts';

const dir = resolve(process.argv[2] ?? process.env.SEEDS_DIR ?? 'seeds');
const { articles, problems } = readSeedFolder(dir);
const folder = relative(process.cwd(), dir) || '.';
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem, folder));
const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
console.log(`${folder}: ${plural(articles.length, 'article')}, ${plural(warnings.length, 'warning')}, ${plural(errors.length, 'error')}`);
process.exitCode = errors.length > 0 ? 1 : 0;
