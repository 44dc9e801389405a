import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';
import { auditArticle } from '../../../bench/headline-defects.ts';

const BBC = resolve(import.meta.dirname, '../../../../../shared/corpus/bbc');

// The BBC corpus lives beside the checkout, not in it: without it there is nothing to audit.
describe.skipIf(!existsSync(BBC))('headlines of the BBC corpus', () => {
  it('never repeat the title as the first paragraph or the excerpt, never cut a headline line, never stack headings', () => {
    const defects: string[] = [];
    for (const file of readdirSync(BBC).filter((f) => f.endsWith('.txt'))) {
      const raw = readFileSync(join(BBC, file), 'utf8');
      const result = parseSeed(file, raw);
      if (result.ok) for (const defect of auditArticle(raw, result.article)) defects.push(`${file}: ${defect}`);
    }
    expect(defects).toEqual([]);
  }, 60_000);
});
