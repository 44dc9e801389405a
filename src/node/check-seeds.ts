// `npm run check-seeds [folder]`: validates a seed folder without building, with the
// parser and the checks the build uses. Lists every problem (file, line, what to do), then a summary line;
// exits 1 when there are errors, so it can gate an editor's CI pipeline.
import { relative, resolve } from 'node:path';
import { formatProblem, printable } from '../content/seeds/problems.ts';
import { readSeedFolder } from './read-seed-folder.ts';
import { resolveImages } from './images.ts';
import { refusals } from './check-site.ts';
import { buildData } from './built-data.ts';
import { formatCount } from '../content/publishing/format-number.ts';

const dir = resolve(process.argv[2] ?? process.env.SEEDS_DIR ?? 'seeds');
// Images beside the seeds, or in public/ of the project it runs in, as the build reads them.
const { seeds } = await resolveImages(readSeedFolder(dir), { seedDir: dir, publicDir: resolve('public') });
const { articles } = seeds;
// What the build would refuse beyond the seeds' own errors (check-site.ts).
const problems = [...seeds.problems, ...(await refusals(seeds, () => buildData(seeds))).filter((p) => !seeds.problems.includes(p))];
const folder = relative(process.cwd(), dir) || '.';
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem, folder));
const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
console.log(`${printable(folder)}: ${plural(articles.length, 'article')}, ${plural(warnings.length, 'warning')}, ${plural(errors.length, 'error')}`);
process.exitCode = errors.length > 0 ? 1 : 0;
