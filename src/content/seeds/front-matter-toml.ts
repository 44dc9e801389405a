// TOML front matter (between `+++` lines, Hugo's default), read with smol-toml into the
// same entries as YAML's, so one schema checks both.
import { parse, TomlError } from 'smol-toml';
import type { BlockReading, FrontMatterEntry } from './front-matter-yaml.ts';

/** Reads a TOML block (`block` are its lines; `before` is the number of seed lines above it) into entries. Never throws. */
export function readTomlBlock(file: string, block: readonly string[], before: number): BlockReading {
  let table: Record<string, unknown>;
  try {
    table = parse(block.join('\n'));
  } catch (cause) {
    const line = cause instanceof TomlError ? cause.line : 1;
    const reason = cause instanceof Error ? cause.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') : String(cause);
    const text = (block[line - 1] ?? '').trim();
    return {
      entries: [],
      problems: [
        {
          severity: 'error',
          file,
          line: before + line,
          message: `front matter line "${text}" is not valid TOML (${reason}): write it as, for example, author = "Jane Doe" or tags = ["politics", "Europe"], or convert the block to YAML between "---" lines`,
        },
      ],
    };
  }
  // smol-toml gives no positions: a key's line is the first that assigns it.
  const entries: FrontMatterEntry[] = Object.entries(table).map(([key, value]) => {
    const at = block.findIndex((line) => {
      const assigned = /^\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*[=.]/.exec(line) ?? /^\s*\[\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))/.exec(line);
      return assigned !== null && (assigned[1] ?? assigned[2] ?? assigned[3]) === key;
    });
    return { key, value, line: before + (at < 0 ? 1 : at + 1) };
  });
  return { entries, problems: [] };
}
