import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('the article list', () => {
  it('user can see every article newest first, with date, reading time and excerpt', () => {
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
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
    expect(within(first).getByText(/^Ukrainian President .*Pandora’s box.*…$/)).toBeInTheDocument();
  });

  it('user can open an article from the list', async () => {
    const { user, router } = renderApp('/');
    await user.click(screen.getByRole('link', { name: /Ad sales boost Time Warner profit/ }));
    expect(router.state.location.pathname).toBe('/articles/a1b2c3d4e5f60718');
    expect(screen.getByRole('heading', { level: 1, name: 'Ad sales boost Time Warner profit' })).toBeInTheDocument();
  });
});

describe('the reader', () => {
  it('user can read the body with section headings as real headings', () => {
    renderApp('/articles/693449e0a82507a3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Ukrainian President/);
    expect(screen.getByRole('heading', { level: 2, name: 'Scholz to brief allies' })).toBeInTheDocument();
    expect(screen.getByText(/^The conversation on Friday was the first time/)).toBeInTheDocument();
  });

  it('user can move to the next and previous article and back to the list', async () => {
    const { user, router } = renderApp('/articles/e1b2c3d4e5f60718');
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Previous.*Ukrainian President/ })).toBeInTheDocument();
    await user.click(within(more).getByRole('link', { name: /Next.*A title the author chose/ }));
    expect(router.state.location.pathname).toBe('/articles/d1b2c3d4e5f60718');
    expect(screen.getByText('By Jane Doe · The Daily Example')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← All articles' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows text that looks like markup as text, never as elements', () => {
    const { container } = renderApp('/articles/e1b2c3d4e5f60718');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<script>alert("x")</script> and <img src=x onerror=alert(1)>');
    expect(container.querySelector('script, img, strong, em')).toBeNull();
    expect(screen.getByText(/\*\*Markdown\*\* is _not_ rendered/)).toBeInTheDocument();
  });

  it('user sees a not-found page for an unknown id and for an unknown path', async () => {
    const { user, router } = renderApp('/articles/ffffffffffffffff');
    expect(screen.getByRole('heading', { level: 1, name: 'No such article' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to all articles' }));
    expect(router.state.location.pathname).toBe('/');
    renderApp('/nope/nothing');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
