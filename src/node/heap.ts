// The build's memory: what it lives on is a few hundred MB at 50,000 articles, and the rest
// of its peak was garbage V8 had not yet collected.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 lets the heap grow to up to four times what it kept at its last full collection before
 * collecting again: most of the build's peak memory was garbage (2.4 GB at 50,000 articles).
 * A heap that grows by half at most costs no measurable time and keeps the peak near what the
 * build holds. The flag is read at each collection, so setting it before the build starts
 * takes effect.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

let gc: (() => void) | null = null;

/**
 * A full collection, now. The build calls it where it has just dropped most of what it held
 * (the data files' texts, once written): V8 would otherwise keep that garbage while the
 * browser's bundle and the prerender grow the heap again, and the build's peak would be the
 * two together. `--expose-gc` defines `gc` only in contexts made after it is set.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * `text` as one string in memory. V8 keeps a string made by joining others (a template, `+`,
 * `path.join`) as a tree of its parts, and a string kept for every file of the build costs
 * that tree each time: a file's stamp record took 289 B so, 129 B flat. At 250,000 articles
 * the build held four million such parts through the prerender, 128 MB.
 */
export function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
