import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir`, by path relative to it (sorted), with a hash of its bytes: two outputs are the same when their trees are equal. */
export function fileTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  return new Map(
    files
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), hash(join(entry.parentPath, entry.name))] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
