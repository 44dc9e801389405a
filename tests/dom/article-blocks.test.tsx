import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/content/parse-seed.ts';
import { markArticle } from '../../src/content/snippet.ts';
import { terms } from '../../src/content/tokenize.ts';
import { ArticleReader } from '../../src/features/articles/article-reader.tsx';

const result = parseSeed(
  '006_e000000000000006.txt',
  ' date 2024-02-24 Cup draw pairs holders with rivals\n\nThe holders will face their oldest rivals.\n\nFifth-round draw\n\nNewcastle v Tottenham\n\nBolton v Arsenal\n\nBurnley v Leicester\n\nThe ties will be played in February.',
);
if (!result.ok) throw new Error('the seed does not parse');
const article = result.article;

function renderReader(marks?: Parameters<typeof ArticleReader>[0]['marks']) {
  const element = <ArticleReader article={article} hrefFor={(id) => `/articles/${id}`} listHref="/" tagHref={() => null} marks={marks} />;
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
