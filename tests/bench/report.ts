// A benchmark's figures go to the terminal and into docs/benchmarks.md, each bench's between
// its own markers (`<!-- bench:<name> -->` … `<!-- /bench:<name> -->`), with when and where
// they were measured: the page is written by the benchmarks, never copied into by hand.
// `--no-write` only prints; so does a partial run (the bench says which runs are partial).
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

const DOC = new URL('../../docs/benchmarks.md', import.meta.url);

/** The markers of a bench's section. */
export const sectionMarkers = (name: string) => [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`] as const;

/** Puts `body` between the markers of section `name` of `doc`; a section not there yet is added at the end under `title`. */
export function replaceSection(doc: string, name: string, title: string, body: string): string {
  const [open, close] = sectionMarkers(name);
  const section = `${open}\n${body.trim()}\n${close}`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start >= 0 && end > start) return doc.slice(0, start) + section + doc.slice(end + close.length);
  return `${doc.trimEnd()}\n\n## ${title}\n\n${section}\n`;
}

/** The figures of one bench section: `log` prints a line and keeps it; `save` writes what was kept into the page. */
export function createReport(name: string, title: string, command: string) {
  const lines: string[] = [];
  const load = loadavg()[0]!.toFixed(1);
  return {
    log(line = '') {
      console.log(line);
      lines.push(line);
    },
    /** Writes the section, unless the run was partial or `--no-write` was given. */
    save({ partial = false } = {}) {
      if (partial || process.argv.includes('--no-write')) return;
      const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
      const stamp = `_Written by \`${command}\` on ${when} UTC: Node ${process.version}, ${availableParallelism()} cores, load average ${load} at the start._`;
      writeFileSync(DOC, replaceSection(readFileSync(DOC, 'utf8'), name, title, `${stamp}\n\n${lines.join('\n').trim()}`));
      console.log(`\n(written to docs/benchmarks.md, section ${name})`);
    },
  };
}
