import type { Article, SeedProblem } from './article.ts';
import { parseSeed, type SeedOptions } from './parse-seed.ts';
import { SEED_EXTENSIONS, seedExtension } from './seed-name.ts';
import { isImageName } from './images.ts';

/** A file found in the seed folder: its path relative to the folder (`2024/03/a.txt`) and its raw bytes. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/** Every good article, newest first, and every problem found on the way. */
export interface SeedCollection {
  articles: Article[];
  problems: SeedProblem[];
}

type Decoded = { ok: true; text: string } | { ok: false; problem: SeedProblem };

/** Decodes a seed's bytes as UTF-8, refusing binary files and invalid UTF-8 with the line of the first bad byte. */
export function decodeSeed(name: string, bytes: Uint8Array): Decoded {
  // Anywhere in the file, not only near its start: a NUL deep in a text would otherwise
  // reach the pages and the feed, where XML cannot carry it.
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: { severity: 'error', file: name, message: 'not a text file (it contains NUL bytes): seeds are plain UTF-8 text; remove the file' },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    return {
      ok: false,
      problem: { severity: 'error', file: name, line, message: 'not valid UTF-8: save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)' },
    };
  }
}

/**
 * Newest first; on the same day the higher order number first (`NNN_<id>` names), then the
 * files without one by path, then by id, so the order never depends on the file system.
 */
export function compareNewestFirst(a: Article, b: Article): number {
  return (
    b.date.localeCompare(a.date) || (b.order ?? -1) - (a.order ?? -1) || (a.order === undefined ? compareText(a.file, b.file) : 0) || compareText(a.id, b.id)
  );
}

// By code unit, not by locale: the same order on every machine.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What one seed file gives: its article, if it has a good one, and every problem found in it. */
export interface ParsedSeedFile {
  article: Article | null;
  problems: SeedProblem[];
}

// The notes that sit beside content in a repository or a static site generator's folder
// (Hugo's `_index.md`): never articles, whatever their ending.
const NOT_AN_ARTICLE = /^(?:_|(?:readme|license|licence|changelog|contributing)\.)/i;

/** Decodes and parses one seed file (already known not to be hidden). */
export function parseSeedFile(file: SeedFile, options: SeedOptions = {}): ParsedSeedFile {
  if (seedExtension(file.name) === undefined) {
    // The seeds' images sit beside them; they are read when a seed names them.
    if (isImageName(file.name)) return { article: null, problems: [] };
    const kinds = SEED_EXTENSIONS.join(' or ');
    return {
      article: null,
      problems: [
        { severity: 'warning', file: file.name, message: `not a ${kinds} file, so not an article: it is ignored (give it a ${kinds} name if it is one)` },
      ],
    };
  }
  if (NOT_AN_ARTICLE.test(file.name.slice(file.name.lastIndexOf('/') + 1))) {
    return {
      article: null,
      problems: [
        { severity: 'warning', file: file.name, message: 'a folder\'s notes (README, LICENSE, or a name that starts with "_"), not an article: it is ignored' },
      ],
    };
  }
  const decoded = decodeSeed(file.name, file.bytes);
  if (!decoded.ok) return { article: null, problems: [decoded.problem] };
  const result = parseSeed(file.name, decoded.text, options);
  return { article: result.ok ? result.article : null, problems: result.problems };
}

/**
 * Parses a whole seed folder: skips hidden files, warns about stray ones, rejects duplicate
 * ids, and keeps every good article. `parse` parses one file; the build passes files whose
 * bytes are read only when asked for, and a `parse` that answers unchanged ones from its
 * cache without reading them.
 */
export function collectSeeds(files: readonly SeedFile[], options?: SeedOptions): SeedCollection;
export function collectSeeds<F extends { name: string }>(files: readonly F[], options: SeedOptions, parse: (file: F) => ParsedSeedFile): SeedCollection;
export function collectSeeds(
  files: readonly { name: string }[],
  options: SeedOptions = {},
  parse: (file: { name: string }) => ParsedSeedFile = (file) => parseSeedFile(file as SeedFile, options),
): SeedCollection {
  const problems: SeedProblem[] = [];
  const byId = new Map<string, Article>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (file.name.split('/').some((part) => part.startsWith('.'))) continue;
    const { article, problems: found } = parse(file);
    problems.push(...found);
    if (!article) continue;
    const twin = byId.get(article.id);
    if (twin) {
      problems.push({
        severity: 'error',
        file: file.name,
        message: `has the same id ${article.id} as ${twin.file}: every article needs its own id; give one of them a new 16-hex id (in its name or its "id:" line)`,
      });
      continue;
    }
    byId.set(article.id, article);
  }
  return { articles: [...byId.values()].sort(compareNewestFirst), problems };
}
