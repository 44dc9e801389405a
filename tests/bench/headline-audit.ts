// Headline audit: `npx tsx tests/bench/headline-audit.ts [seed folder]` (default: the BBC
// corpus). Parses every seed and counts what issue 12 calls headline defects: a title repeated
// as the first paragraph or as the excerpt, a title cut from a headline line, runs of section
// headings. Prints the counts and a few examples of each.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSeed } from '../../src/content/seeds/parse-seed.ts';
import { auditArticle, fold, type HeadlineDefect } from './headline-defects.ts';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/corpus/bbc'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const found = new Map<HeadlineDefect | 'list blocks' | 'derived titles' | 'articles', string[]>();
const note = (what: HeadlineDefect | 'list blocks' | 'derived titles' | 'articles', example: string) => {
  const list = found.get(what) ?? [];
  list.push(example);
  found.set(what, list);
};
for (const file of files) {
  const raw = readFileSync(join(dir, file), 'utf8');
  const result = parseSeed(file, raw);
  if (!result.ok) continue;
  const { article } = result;
  note('articles', file);
  for (const defect of auditArticle(raw, article)) note(defect, `${file}: ${article.title}`);
  if (article.title.endsWith('…') || !fold(raw).includes(fold(article.title))) note('derived titles', `${file}: ${article.title}`);
  const lists = article.blocks.filter((b) => (b.kind as string) === 'list').length;
  for (let i = 0; i < lists; i++) note('list blocks', file);
}
for (const [what, examples] of found) {
  console.log(`${what}: ${examples.length}`);
  if (what !== 'articles' && what !== 'list blocks' && what !== 'derived titles') for (const e of examples.slice(0, 3)) console.log(`    ${e}`);
}
