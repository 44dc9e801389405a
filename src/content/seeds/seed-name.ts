// What a seed's path says about the article: whether it is a seed at all (its extension),
// and its id and order number when its name carries them (`NNN_<id>.txt`). A name without
// an id is fine: the id then comes from the front matter (`id:`) or from the path.
import { sha256Hex } from './sha256.ts';

/** The extensions of seed files, plain text and Markdown; any other file in the seed folder is reported and ignored. */
export const SEED_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** An article id: 16 lowercase hex characters, the `<id>` of `/articles/<id>`. */
export const ARTICLE_ID = /^[0-9a-f]{16}$/;

/** `NNN_<id>` before the extension: an order number of any width and a 16-hex id. */
const ID_NAME = /^(\d+)_([0-9a-f]{16})$/;
/** A name that was meant to carry an id but does not quite (upper case, too short, no order number). */
const BROKEN_ID_NAME = /^(\d+_|\d+_(?=[0-9a-f]*\d)[0-9a-f]+|\d+_[0-9a-f]{8,}|[0-9a-f]{16})$/i;

/** The seed extension a path ends in, or undefined when it is not a seed. */
export function seedExtension(path: string): string | undefined {
  const name = baseName(path);
  return SEED_EXTENSIONS.find((extension) => name.endsWith(extension) && name.length > extension.length);
}

/** What a seed's name says: an id and an order number, no id, or an id written wrong. */
export type NameId = { kind: 'id'; id: string; order: number } | { kind: 'none' } | { kind: 'broken' };

/** Reads the id and order number of a seed named `NNN_<id>.<ext>` (any folder, any seed extension). */
export function nameId(path: string): NameId {
  const extension = seedExtension(path);
  const stem = extension === undefined ? baseName(path) : baseName(path).slice(0, -extension.length);
  const match = ID_NAME.exec(stem);
  if (match) return { kind: 'id', id: match[2]!, order: Number(match[1]) };
  return BROKEN_ID_NAME.test(stem) ? { kind: 'broken' } : { kind: 'none' };
}

/**
 * The id of a seed whose name and front matter give none: the first 16 hex characters of
 * the SHA-256 of its path relative to the seed folder (`/` between folders). Stable while
 * the file stays where it is; moving or renaming it changes it, hence the advice to pin it.
 */
export function pathId(path: string): string {
  return sha256Hex(path).slice(0, 16);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
