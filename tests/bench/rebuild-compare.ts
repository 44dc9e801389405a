// Rebuild speed against another revision: `npm run bench:rebuild:compare -- --against=<git
// revision> [--rounds=N] [--corpus=<seed folder>]`. One build on a busy virtual machine
// varies by seconds from run to run (its disk reads most), more than most changes to the
// build gain or lose, so one run of each proves nothing. This builds the same corpus with
// the working tree and with the revision (checked out in a worktree beside it), step by step
// in turns, the order swapped every round: a clean build each, then per round a rebuild after
// no change, after editing one article and after adding one. It prints every pair and each
// step's median, and writes them to docs/benchmarks.md (not for a tree with uncommitted code).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createReport } from './report.ts';
import { timedBuild } from './timed-build.ts';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
if (!args.against) throw new Error('Name the revision to compare with: npm run bench:rebuild:compare -- --against=<git revision>');
const corpus = resolve(args.corpus ?? join(root, '../shared/corpus/reuters'));
const rounds = Number(args.rounds ?? 3);
const git = (...command: string[]) => execFileSync('git', command, { cwd: root, encoding: 'utf8' }).trim();
const against = git('rev-parse', '--short', args.against);
const uncommitted = git('status', '--porcelain', '--', 'src', 'vite.config.ts', 'package.json') !== '';
const current = `${git('rev-parse', '--short', 'HEAD')}${uncommitted ? ' with uncommitted changes' : ''}`;
const report = createReport('rebuild-compare', 'Rebuilds against an earlier revision', 'npm run bench:rebuild:compare');

const work = join(root, '.tmp/rebuild-compare');
const oldRoot = join(work, 'revision');
if (existsSync(oldRoot)) git('worktree', 'remove', '--force', oldRoot);
rmSync(work, { recursive: true, force: true });
git('worktree', 'add', '--detach', oldRoot, against);
// The revision is built with this checkout's packages: the figures compare code, not installs.
symlinkSync(join(root, 'node_modules'), join(oldRoot, 'node_modules'));

interface Side {
  root: string;
  seeds: string;
  dist: string;
}
const sides: Side[] = [
  { root: oldRoot, seeds: join(work, 'old/seeds'), dist: join(work, 'old/dist') },
  { root, seeds: join(work, 'new/seeds'), dist: join(work, 'new/dist') },
];
for (const side of sides) cpSync(corpus, side.seeds, { recursive: true });
const names = readdirSync(sides[0]!.seeds, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort();
const edited = names[Math.floor(names.length / 2)]!;

/** Times one build of each side, the first side first in even rounds and last in odd ones. */
function pair(round: number, change: (seeds: string) => void): number[] {
  for (const side of sides) change(side.seeds);
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  const seconds = new Map(order.map((side) => [side, timedBuild(side.root, side.seeds, side.dist).seconds]));
  return sides.map((side) => seconds.get(side)!);
}

const steps: [string, (round: number) => (seeds: string) => void][] = [
  ['nothing changed', () => () => undefined],
  ['one article edited', (round) => (seeds) => appendFileSync(join(seeds, edited), `\nAn editor added closing paragraph ${round + 1} about the harvest.\n`)],
  [
    'one article added',
    (round) => (seeds) =>
      writeFileSync(
        join(seeds, `9999${round}_0123456789ab${round.toString(16).padStart(4, '0')}.txt`),
        ` date 1987-04-${String((round % 28) + 1).padStart(2, '0')} A NEW ARTICLE\n\nAn article added to the archive, about cocoa and coffee prices.\n`,
      ),
  ],
];
const clean = pair(0, () => undefined);
const times = new Map(steps.map(([name]) => [name, [] as number[][]]));
for (let round = 0; round < rounds; round++) for (const [name, change] of steps) times.get(name)!.push(pair(round, change(round)));

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
report.log(
  `Rebuilds of ${relative(root, corpus) || corpus} (${names.length.toLocaleString('en')} seeds), \`vite build\` wall time: ${against} (${git('log', '-1', '--format=%s', against).slice(0, 80)}…) against ${current}, built in turns, ${rounds} rounds, the order swapped each round.\n`,
);
report.log(`| step | ${against}, each round | this tree, each round | median, ${against} | median, this tree | difference |`);
report.log('|---|---|---|---|---|---|');
report.log(`| clean build (empty cache) | ${s(clean[0]!)} | ${s(clean[1]!)} | | | |`);
for (const [name, pairs] of times) {
  const [before, after] = [median(pairs.map((p) => p[0]!)), median(pairs.map((p) => p[1]!))];
  const difference = after - before;
  report.log(
    `| ${name} | ${pairs.map((p) => s(p[0]!)).join(', ')} | ${pairs.map((p) => s(p[1]!)).join(', ')} | ${s(before)} | ${s(after)} | ${difference >= 0 ? '+' : '−'}${s(Math.abs(difference))} |`,
  );
}
git('worktree', 'remove', '--force', oldRoot);
// Figures of code no commit holds are printed, not recorded: the docs name the revision measured.
report.save({ partial: args.corpus !== undefined || uncommitted });
