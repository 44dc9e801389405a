import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/seeds/article.ts';
import { ArticleReader } from '../../src/features/articles/article-reader.tsx';

const article: Article = {
  id: 'e000000000000009',
  file: 'harbour.md',
  date: '2024-06-02',
  title: 'Harbour dredging starts',
  excerpt: 'Dredging starts in October.',
  wordCount: 4,
  readingMinutes: 1,
  tags: [],
  image: {
    alt: 'The harbour at low tide',
    caption: 'The inner harbour <b>at dawn</b>',
    credit: 'Port authority',
    hash: 'aaaaaaaaaaaaaaaa',
    width: 3000,
    height: 2000,
    widths: [480, 960, 1600],
  },
  blocks: [
    { kind: 'paragraph', text: 'Dredging starts in October.' },
    { kind: 'image', text: '', image: { alt: 'A crane on a barge', hash: 'bbbbbbbbbbbbbbbb', width: 600, height: 800, widths: [480, 600] } },
    // Not resolved by a build: nothing is drawn for it.
    { kind: 'image', text: '', image: { alt: 'Unresolved', source: 'x.jpg' } },
  ],
};

function renderReader() {
  const element = <ArticleReader article={article} hrefFor={(id) => `/articles/${id}`} listHref="/" groupHref={() => null} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('the reader’s images', () => {
  it('user sees the lead image after the headline, at once, with its size, sources, caption and credit as text', () => {
    renderReader();
    const lead = screen.getByRole('img', { name: 'The harbour at low tide' });
    expect(screen.getByRole('heading', { level: 1 }).compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(lead).toHaveAttribute('width', '1600');
    expect(lead).toHaveAttribute('height', '1067');
    expect(lead).toHaveAttribute('src', '/assets/img/aaaaaaaaaaaaaaaa-1600.webp');
    expect(lead.getAttribute('srcset')).toBe(
      '/assets/img/aaaaaaaaaaaaaaaa-480.webp 480w, /assets/img/aaaaaaaaaaaaaaaa-960.webp 960w, /assets/img/aaaaaaaaaaaaaaaa-1600.webp 1600w',
    );
    expect(lead).toHaveAttribute('sizes');
    expect(lead).toHaveAttribute('decoding', 'async');
    expect(lead).not.toHaveAttribute('loading');
    const figure = lead.closest('figure')!;
    // Seed text is text: the caption's tags are shown as written, never parsed.
    expect(within(figure).getByText(/The inner harbour <b>at dawn<\/b>/).tagName).toBe('FIGCAPTION');
    expect(figure.querySelector('b')).toBeNull();
    expect(within(figure).getByText('Port authority')).toBeInTheDocument();
  });

  it('user sees a body image in its place, loaded lazily, and nothing for an image no build has resolved', () => {
    renderReader();
    const body = screen.getByRole('img', { name: 'A crane on a barge' });
    expect(body).toHaveAttribute('loading', 'lazy');
    expect(body).toHaveAttribute('width', '600');
    expect(body).toHaveAttribute('height', '800');
    expect(screen.getByText('Dredging starts in October.').compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });
});
