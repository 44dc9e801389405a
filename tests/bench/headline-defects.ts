// What counts as a headline defect (issue 12), shared by the audit script and its test.
import type { Article } from '../../src/content/seeds/article.ts';

/** A way an article's headline falls short. */
export type HeadlineDefect = 'title = first paragraph' | 'excerpt repeats title' | 'headline line cut' | 'heading runs';

/** Compares texts as a reader does: typographic and straight quotes alike, case and spacing ignored. */
export function fold(text: string): string {
  return text
    .replace(/[“”„«»"]/gu, '"')
    .replace(/[‘’‚']/gu, "'")
    .replace(/[–—]/gu, '-')
    .replace(/[\s\u202F\u00A0]+/gu, ' ')
    .replace(/[.…\s]+$/u, '')
    .trim()
    .toLowerCase();
}

/** The defects of one parsed article, given the seed's raw text. */
export function auditArticle(raw: string, article: Article): HeadlineDefect[] {
  const defects: HeadlineDefect[] = [];
  const title = fold(article.title);
  const firstParagraph = article.blocks.find((b) => b.kind === 'paragraph');
  if (firstParagraph && fold(firstParagraph.text) === title) defects.push('title = first paragraph');
  if (fold(article.excerpt).startsWith(title)) defects.push('excerpt repeats title');
  // The seed's first paragraph: the rest of the date line and what follows it up to a blank line.
  const firstLines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*date\s+\S+[ \t]*/, '')
    .replace(/^\n+/, '')
    .split(/\n\s*\n/)[0]!
    .split('\n');
  if (article.title.endsWith('…') && firstLines.length === 1 && fold(firstLines[0]!).startsWith(title) && !/[.]\s*$/.test(firstLines[0]!)) {
    defects.push('headline line cut');
  }
  for (let i = 1; i < article.blocks.length; i++) {
    if (article.blocks[i]!.kind === 'heading' && article.blocks[i - 1]!.kind === 'heading' && (i < 2 || article.blocks[i - 2]!.kind !== 'heading')) {
      defects.push('heading runs');
    }
  }
  return defects;
}
