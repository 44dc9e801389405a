// Generates a large seed folder from the real corpora: each article is a copy of a real
// one with a few words swapped for others from the same article, a fresh id and a date
// spread over 1987–2024, so vocabulary and postings grow as they would with real text.
// Usage: tsx tests/bench/generate-corpus.ts <out-folder> [count=50000]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CORPORA = ['reuters', 'bbc'].map((name) => resolve(import.meta.dirname, '../../../shared/corpus', name));

/** A small deterministic PRNG (mulberry32), so every run writes the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` generated seeds into `out` (emptied first) and returns their number. */
export function generateCorpus(out: string, count = 50_000): number {
  const sources = CORPORA.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
  const next = random(50_000);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const text = readFileSync(sources[i % sources.length]!, 'utf8');
    const body = text.replace(/^\s*date \d{4}-\d{2}-\d{2}/, '');
    const words = body.split(' ');
    // Swap about one word in twenty with another word of the same article; words next to a
    // line break and the first (which follows the date) stay, so paragraphs keep their shape.
    const movable = (i: number) => i > 1 && !words[i]!.includes('\n');
    for (let k = 0; k < words.length / 20; k++) {
      const a = Math.floor(next() * words.length);
      const b = Math.floor(next() * words.length);
      if (movable(a) && movable(b)) [words[a], words[b]] = [words[b]!, words[a]!];
    }
    const day = new Date(Date.UTC(1987, 0, 1) + Math.floor(next() * 38 * 365) * 86_400_000).toISOString().slice(0, 10);
    const id = Array.from({ length: 16 }, () => Math.floor(next() * 16).toString(16)).join('');
    writeFileSync(join(out, `${String(i).padStart(width, '0')}_${id}.txt`), ` date ${day}${words.join(' ')}`);
  }
  return count;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const [out = '.tmp/corpus-50k', count = '50000'] = process.argv.slice(2);
  console.log(`wrote ${generateCorpus(resolve(out), Number(count))} seeds to ${out}`);
}
