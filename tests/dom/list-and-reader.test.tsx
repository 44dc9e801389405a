import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { fetched } from './setup.ts';

describe('the article list', () => {
  it('user can see every article newest first, with date, reading time and excerpt', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([
      expect.stringMatching(/^Ukrainian President Volodymyr Zelensky/),
      expect.stringMatching(/^Markup stays text/),
      'A title the author chose',
      'Ad sales boost Time Warner profit',
    ]);
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText('November 16, 2024')).toHaveAttribute('datetime', '2024-11-16');
    expect(within(first).getByText('3 min read')).toBeInTheDocument();
    // The excerpt goes on where the cut title stops.
    expect(within(first).getByText(/^…and Russian President .*Pandora’s box.*…$/)).toBeInTheDocument();
  });

  it('loads only the list data, not article bodies or the search index', async () => {
    renderApp('/page/1');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(4);
    // (list files fetched by an earlier test stay cached, so this may fetch nothing at all)
    expect(fetched.filter((path) => !/\/data\/[0-9a-f]{12}\/list\/0\.json$/.test(path))).toEqual([]);
  });

  it('user can narrow the list to a year and a month', async () => {
    const { user, router } = renderApp('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Year' }), '2024');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles from 2024' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/archive/2024');
    expect(screen.getByText('3 articles')).toBeInTheDocument();
    // A year is the index of its months, newest first, each with its count.
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['November 20241 article', 'June 20241 article', 'May 20241 article']);
    await user.click(screen.getByRole('link', { name: /^November 2024/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles from November 2024' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/archive/2024/11');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '05');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles from May 2024' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['A title the author chose']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it("user can follow an article's tag to its articles, and narrow the list by tag", async () => {
    const { user, router } = renderApp('/articles/d1b2c3d4e5f60718');
    const tags = await screen.findByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['politics', 'Europe']);
    await user.click(within(tags).getByRole('link', { name: 'Europe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles tagged “Europe”' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tags/europe');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['A title the author chose']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'politics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles tagged “politics”' })).toBeInTheDocument();
  });

  it("user following a link to a year's later page, which years no longer have, lands on the year", async () => {
    const { router } = renderApp('/archive/2024/page/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles from 2024' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/archive/2024');
  });

  it('user sees not-found for a year, month, tag or page with no articles', async () => {
    for (const url of [
      '/archive/1999',
      '/archive/1999/page/2',
      '/archive/2024/01',
      '/page/9',
      '/page/0',
      '/archive/20x4',
      '/tags/nothing',
      '/tags/europe/page/2',
    ]) {
      const view = renderApp(url);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      view.unmount();
    }
  });

  it('user can open an article from the list', async () => {
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: /Ad sales boost Time Warner profit/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ad sales boost Time Warner profit' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/articles/a1b2c3d4e5f60718');
  });
});

describe('the reader', () => {
  it('user can read the body with section headings as real headings', async () => {
    renderApp('/articles/693449e0a82507a3');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Ukrainian President/);
    expect(screen.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeInTheDocument();
    expect(screen.getByText(/^The conversation on Friday was the first time/)).toBeInTheDocument();
  });

  it('user can move to the next and previous article and back to the list', async () => {
    const { user, router } = renderApp('/articles/e1b2c3d4e5f60718');
    const more = await screen.findByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Previous.*Ukrainian President/ })).toBeInTheDocument();
    await user.click(within(more).getByRole('link', { name: /Next.*A title the author chose/ }));
    const author = await screen.findByRole('link', { name: 'Jane Doe' });
    expect(author.closest('p')).toHaveTextContent(/^By Jane Doe · The Daily Example$/);
    expect(router.state.location.pathname).toBe('/articles/d1b2c3d4e5f60718');
    await user.click(screen.getByRole('link', { name: 'All articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it('user follows an article’s author to the author’s articles, and narrows the list by author', async () => {
    const { user, router } = renderApp('/articles/d1b2c3d4e5f60718');
    await user.click(await screen.findByRole('link', { name: 'Jane Doe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles by Jane Doe' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/authors/jane-doe');
    expect(screen.getByRole('link', { name: /A title the author chose/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Author' })).toHaveValue('jane-doe');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Author' }), '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it('shows text that looks like markup as text, never as elements', async () => {
    const { container } = renderApp('/articles/e1b2c3d4e5f60718');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('<script>alert("x")</script> and <img src=x onerror=alert(1)>');
    expect(container.querySelector('script, img, strong, em')).toBeNull();
    expect(screen.getByText(/\*\*Markdown\*\* is _not_ rendered/)).toBeInTheDocument();
  });

  it('user sees a not-found page for an unknown id and for an unknown path', async () => {
    const { user, router } = renderApp('/articles/ffffffffffffffff');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such article' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to all articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    renderApp('/nope/nothing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('when the network fails', () => {
  it('user sees that the page could not be loaded, with a way to try again', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    renderApp('/articles/0001a1b2c3d4e5f6');
    expect(await screen.findByRole('alert')).toHaveTextContent('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
