import type { SeedProblem } from './article.ts';
import { nameId, pathId, seedExtension } from './seed-name.ts';

/** An article's id and order number, and what is wrong or doubtful about them. */
export interface SeedIdentity {
  id: string;
  order?: number;
  problems: SeedProblem[];
}

/**
 * Where a seed's id comes from: its name (`NNN_<id>.txt`, which also gives the order
 * number), else its front matter (`id:`), else its path relative to the seed folder, with a
 * warning saying how to pin it. `frontLine` is the line of a front matter `id:`; `refused`
 * says that line was refused with an error of its own (which says what to write).
 */
export function seedId(file: string, frontId: string | undefined, frontLine: number | undefined, refused = false): SeedIdentity {
  const problems: SeedProblem[] = [];
  const name = nameId(file);
  if (name.kind === 'id') {
    if (frontId !== undefined && frontId !== name.id)
      problems.push({
        severity: 'error',
        file,
        line: frontLine,
        message: `front matter id ${frontId} is not the id ${name.id} in the file name: remove the "id:" line (the name's id is the article's) or make them the same`,
      });
    return { id: name.id, order: name.order, problems };
  }
  if (frontId !== undefined) return { id: frontId, problems };
  const id = pathId(file);
  const extension = seedExtension(file) ?? '.txt';
  if (name.kind === 'broken')
    problems.push({
      severity: 'error',
      file,
      message: `file name looks like NNN_<id> but its id is not 16 lowercase hex characters: rename it to NNN_<id>${extension}, where <id> is 16 lowercase hex characters (for example 001_0123456789abcdef${extension}), or add "id: <16 hex characters>" to its front matter`,
    });
  // A refused `id:` line has its own error already.
  else if (!refused)
    problems.push({
      severity: 'warning',
      file,
      message: `has no id in its name or front matter, so its id, ${id}, comes from its path: moving or renaming the file would change its URL; pin it by adding "id: ${id}" to its front matter (a "---" block at the top of the file)`,
    });
  return { id, problems };
}
