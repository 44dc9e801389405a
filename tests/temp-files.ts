import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * The files named `prefix…` in the system's temporary folder that are new since this was
 * called, when the returned function is called. Only a test's own count: another process
 * (a build a test killed) may have left such files there.
 */
export function newTempFiles(prefix: string): () => string[] {
  const named = () => readdirSync(tmpdir()).filter((name) => name.startsWith(prefix));
  const before = new Set(named());
  return () => named().filter((name) => !before.has(name));
}
