import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/content/seeds/parse-seed.ts';
import { markArticle } from '../../src/content/search/snippet.ts';
import { terms } from '../../src/content/search/tokenize.ts';
import { ArticleReader } from '../../src/features/articles/article-reader.tsx';

const result = parseSeed(
  '006_e000000000000006.txt',
  ' date 2024-02-24 Cup draw pairs holders with rivals\n\nThe holders will face their oldest rivals.\n\nFifth-round draw\n\nNewcastle v Tottenham\n\nBolton v Arsenal\n\nBurnley v Leicester\n\nThe ties will be played in February.',
);
if (!result.ok) throw new Error('the seed does not parse');
const article = result.article;

function renderReader(marks?: Parameters<typeof ArticleReader>[0]['marks']) {
  const element = <ArticleReader article={article} hrefFor={(id) => `/articles/${id}`} listHref="/" groupHref={() => null} marks={marks} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('the reader’s body', () => {
  it('user sees a run of fixtures as one list under its heading, not as headings', () => {
    renderReader();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Fifth-round draw']);
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Newcastle v Tottenham', 'Bolton v Arsenal', 'Burnley v Leicester']);
  });

  it('user arriving from a search sees the matches in list items numbered in reading order', () => {
    const marked = markArticle(
      article.blocks.map((b) => b.text),
      new Set(terms('arsenal leicester holders')),
    );
    renderReader({ marked, current: 1 });
    const marks = screen.getAllByText(/^(Arsenal|Leicester|holders)$/, { selector: 'mark' });
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-match')])).toEqual([
      ['holders', '0'],
      ['Arsenal', '1'],
      ['Leicester', '2'],
    ]);
    expect(marks[1]).toHaveAttribute('aria-current', 'true');
  });
});

const markdown = parseSeed(
  '007_e000000000000007.md',
  [
    '---',
    'date: 2024-03-01',
    '---',
    '# Budget agreed after a long night',
    '',
    'The council agreed its budget after **eleven hours**, as [the minutes](https://example.org/minutes) show. It is *final*.',
    '',
    '## What changes',
    '',
    '1. Fares rise',
    '2. Libraries stay open',
    '',
    '> We did our best.',
    '',
    '```',
    '<script>alert(1)</script>',
    '```',
    '',
    'A <b>bold</b> claim and [a trick](javascript:alert(1)).',
  ].join('\n'),
);
if (!markdown.ok) throw new Error('the Markdown seed does not parse');

function renderMarkdown(marks?: Parameters<typeof ArticleReader>[0]['marks']) {
  const element = (
    <ArticleReader article={markdown.ok ? markdown.article : article} hrefFor={(id) => `/articles/${id}`} listHref="/" groupHref={() => null} marks={marks} />
  );
  return render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('a Markdown article’s body', () => {
  it('user sees its emphasis, a numbered list, a quotation and code, and an outside link marked as one', () => {
    const { container } = renderMarkdown();
    expect(screen.getByText('eleven hours', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('final', { selector: 'em' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What changes' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Fares rise', 'Libraries stay open']);
    expect(screen.getByText('We did our best.').closest('blockquote')).not.toBeNull();
    expect(screen.getByText('<script>alert(1)</script>', { selector: 'code' }).closest('pre')).not.toBeNull();
    const link = screen.getByRole('link', { name: /^the minutes\s\(opens another site\)$/ });
    expect(link).toHaveAttribute('href', 'https://example.org/minutes');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Raw HTML and a script link are text: no element, no link.
    expect(screen.getByText(/A <b>bold<\/b> claim and a trick\./)).toBeInTheDocument();
    expect(container.querySelector('script, b, a[href^="javascript"]')).toBeNull();
  });

  it('user sees a list inside a list item drawn inside that item, with its own numbers, and search marks in reading order', () => {
    const nested = parseSeed(
      '008_e000000000000008.md',
      ['---', 'date: 2024-03-01', 'title: Road works', '---', '- North bridge', '  1. closed in May', '  2. open in June', '- South road'].join('\n'),
    );
    if (!nested.ok) throw new Error('the Markdown seed does not parse');
    const { blocks } = nested.article;
    const marked = markArticle(
      blocks.map((b) => b.text),
      new Set(terms('bridge june road')),
    );
    const element = (
      <ArticleReader article={nested.article} hrefFor={(id) => `/articles/${id}`} listHref="/" groupHref={() => null} marks={{ marked, current: 0 }} />
    );
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
    const [outer, inner] = screen.getAllByRole('list');
    expect(outer!.tagName).toBe('UL');
    expect(inner!.tagName).toBe('OL');
    const items = within(outer!).getAllByRole('listitem');
    expect(inner!.parentElement).toBe(items[0]);
    expect(
      within(inner!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['closed in May', 'open in June']);
    expect(items.at(-1)!.textContent).toBe('South road');
    expect(screen.getAllByText(/^(bridge|June|road)$/i, { selector: 'mark' }).map((m) => [m.textContent, m.getAttribute('data-match')])).toEqual([
      ['bridge', '0'],
      ['June', '1'],
      ['road', '2'],
    ]);
  });

  it('user arriving from a search sees a match marked inside emphasis and links, numbered in reading order', () => {
    const blocks = markdown.ok ? markdown.article.blocks : [];
    const marked = markArticle(
      blocks.map((b) => b.text),
      new Set(terms('hours minutes libraries')),
    );
    renderMarkdown({ marked, current: 1 });
    const marks = screen.getAllByText(/^(hours|minutes|Libraries)$/, { selector: 'mark' });
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-match'), m.parentElement!.tagName])).toEqual([
      ['hours', '0', 'STRONG'],
      ['minutes', '1', 'A'],
      ['Libraries', '2', 'LI'],
    ]);
    expect(marks[1]).toHaveAttribute('aria-current', 'true');
  });
});
