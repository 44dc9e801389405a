import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/content/seeds/article.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';
import { looksLikeHeadline, splitTitle } from '../../../../src/content/seeds/text.ts';

const EDGE = new URL('../../../fixtures/edge-seeds/', import.meta.url);
const parse = (file: string, text: string): Article => {
  const result = parseSeed(file, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.article;
};
const edge = (n: number) => {
  const file = readdirSync(EDGE).find((f) => f.startsWith(`00${n}_`))!;
  return parse(file, readFileSync(new URL(file, EDGE), 'utf8'));
};
const seed = (text: string) => parse('001_0123456789abcdef.txt', ` date 2024-01-01 ${text}`);
const firstParagraph = (article: Article) => article.blocks.find((b) => b.kind === 'paragraph')?.text;

describe('the headline a seed opens with', () => {
  it.each([
    [3, 'UKIP’s secret weapon?'],
    [7, 'Sales ‘fail to boost High Street’'],
    [4, '東京で桜の開花宣言、平年より五日早く'],
    [5, 'الجفاف يهدد المحاصيل في الجنوب'],
    [2, 'Regional council approves the long-delayed harbour redevelopment plan after nine years of public consultation and legal challenges'],
  ])('edge seed %i is titled %j, whole, and its body does not repeat it', (n, title) => {
    const article = edge(n);
    expect(article.title).toBe(title);
    expect(firstParagraph(article)).not.toBe(title);
    expect(article.excerpt.startsWith(title)).toBe(false);
  });

  it.each(['Blair pledges "fair" vote!', 'Is this the end of the euro?', '“Nobody expected this”', '北京で大雪'])('takes %j for a headline', (line) => {
    expect(looksLikeHeadline([line])).toBe(true);
  });

  it.each([['Markets fell sharply on Monday.'], ['“We will win,” he said.'], ['気象庁は発表した。'], ['He asked: "why?".'], ['Two', 'lines'], ['2024'], ['']])(
    'does not take %j for a headline',
    (...lines) => {
      expect(looksLikeHeadline(lines)).toBe(false);
    },
  );

  it('keeps a headline line that a one-paragraph body follows, and never cuts it', () => {
    const line =
      'Ministers agree to a sweeping overhaul of the rules on party funding after months of talks, a row over donations and a deadline set by the courts';
    expect(line.length).toBeGreaterThan(140);
    const article = seed(`${line}\n\nThe body.`);
    expect(article.title).toBe(line);
    expect(article.title.endsWith('…')).toBe(false);
  });
});

describe('a title derived from the lede', () => {
  it('goes on where a cut title stops, in the excerpt, and keeps the whole lede in the body', () => {
    const article = edge(8);
    expect(article.title).toMatch(/^The finance ministry said on Thursday .*…$/);
    expect(article.excerpt).toMatch(/^…by three months, citing/);
    expect(firstParagraph(article)).toMatch(/^The finance ministry said on Thursday .* until then\.$/);
  });

  it('takes the first sentence, whole, and starts the body after it', () => {
    const article = seed('Markets fell sharply. Traders were surprised.\n\nA second paragraph.');
    expect(article).toMatchObject({ title: 'Markets fell sharply', excerpt: 'Traders were surprised.' });
    expect(article.blocks.map((b) => b.text)).toEqual(['Traders were surprised.', 'A second paragraph.']);
  });

  it('shows the next paragraph when the lede is one sentence', () => {
    const article = seed('Markets fell sharply on Monday after the bank raised its rates.\n\nTraders were surprised.');
    expect(article).toMatchObject({ title: 'Markets fell sharply on Monday after the bank raised its rates', excerpt: 'Traders were surprised.' });
    expect(article.blocks).toEqual([{ kind: 'paragraph', text: 'Traders were surprised.' }]);
  });

  it.each([
    ['U.S. President Joe Biden spoke on Monday. Then he left.', 'U.S. President Joe Biden spoke on Monday'],
    ['Mr. Smith went to Washington. He stayed.', 'Mr. Smith went to Washington'],
    ['J. K. Rowling wrote a book. It sold.', 'J. K. Rowling wrote a book'],
  ])('does not take the full stop of an abbreviation for the end of the first sentence: %j', (lede, title) => {
    expect(splitTitle(lede).title).toBe(title);
  });

  it('splits a lede where its title stops, never mid-word', () => {
    const lede = 'The finance ministry said on Thursday that it would delay the publication of its spending review by three months.';
    const { title, rest, cut } = splitTitle(lede, 60);
    expect(cut).toBe(true);
    expect(`${title.slice(0, -1)} ${rest}`).toBe(lede);
  });
});

describe('short lines in a row', () => {
  it('are a list, with the line that names it as a heading', () => {
    const article = edge(6);
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'list', 'paragraph', 'heading', 'paragraph']);
    expect(article.blocks[2]!.text).toBe('Fifth-round draw');
    expect(article.blocks[3]!.text.split('\n')).toEqual([
      'Newcastle v Tottenham or Nottingham Forest',
      'Southampton or Brentford v Manchester United',
      'Bolton v Arsenal or Sheffield United',
      'Burnley or Blackburn v Leicester',
    ]);
  });

  it('make a list of two, and of lines with nothing in common', () => {
    const article = seed(
      'Lede. More lede.\n\nStade de France, Paris\n\nSaturday, 26 February\n\n1600 GMT\n\nThe match report.\n\nAtt 8,661\n\nRef K Clark\n\nMore text.',
    );
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph', 'list', 'paragraph']);
  });

  it('leave a single short line a heading, and a short last line text', () => {
    const article = seed('Lede. More lede.\n\nA section\n\nIts text.\n\nReporting by Jane Doe');
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});

describe('typographic text', () => {
  it('sets the title, body, author and source in the site’s language, leaving URLs as written', () => {
    const text = `---\nauthor: Seán O'Brien\n---\n date 2024-01-01 Sales 'fail to boost High Street'\n\n"We didn't expect this - nobody did," said the owner of https://example.org/it's.`;
    const result = parseSeed('001_0123456789abcdef.txt', text, { language: 'de' });
    expect(result.ok && result.article).toMatchObject({
      title: 'Sales ‚fail to boost High Street‘',
      author: 'Seán O’Brien',
      excerpt: "„We didn’t expect this – nobody did,“ said the owner of https://example.org/it's.",
    });
  });
});
