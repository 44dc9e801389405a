import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appSearchClient, RESULTS_PER_PAGE } from '../../src/app/search.ts';
import { createSession } from '../../src/app/session.ts';
import { renderApp } from './render-app.tsx';

const SEED_TITLE = /^Ukrainian President Volodymyr Zelensky/;

describe('search', () => {
  it('user can type a misspelled name and see highlighted results at a shareable URL', async () => {
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'zelenksy');
    expect(router.state.location.pathname).toBe('/search');
    // The URL follows once typing pauses.
    await waitFor(() => expect(router.state.location.search).toBe('?q=zelenksy'), { timeout: 3000 });
    const result = await screen.findByRole('link', { name: SEED_TITLE });
    expect(within(result).getAllByText('Zelensky')[0]!.tagName).toBe('MARK');
    expect(screen.getByRole('status')).toHaveTextContent('1 article found');
  });

  it('user sees that a misspelled query was corrected, and can search for exactly what they typed', async () => {
    const { user, router } = renderApp('/search?q=Sholz%20Putin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Showing results for Scholz Putin' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing results for Scholz Putin. 1 article found');
    const result = screen.getByRole('link', { name: SEED_TITLE });
    // The article opens naming the search as corrected.
    expect(new URL(result.getAttribute('href')!, 'http://x').searchParams.get('q')).toBe('Scholz Putin');
    await user.click(screen.getByRole('link', { name: 'Sholz Putin' }));
    expect(router.state.location.search).toBe('?q=Sholz+Putin&exact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “Sholz Putin”' })).toBeInTheDocument();
    expect(screen.queryByText(/Showing results for/)).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('Sholz Putin');
  });

  it('user can open a search URL directly and find a multi-word query with a typo', async () => {
    renderApp('/search?q=Sholz%20Putin%20call');
    expect(screen.getByRole('searchbox')).toHaveValue('Sholz Putin call');
    const result = await screen.findByRole('link', { name: SEED_TITLE });
    // The title's marks come with the result; the passage's when the article's record has arrived.
    const marks = () =>
      within(result)
        .getAllByText((_, el) => el?.tagName === 'MARK')
        .map((m) => m.textContent);
    await waitFor(() => expect(marks()).toEqual(expect.arrayContaining(['Scholz', 'Putin', 'call'])));
  });

  it('user can move through results with the arrow keys and open one with Enter', async () => {
    const { user, router } = renderApp('/search?q=the');
    const field = screen.getByRole('searchbox');
    const results = (await screen.findByRole('list')).querySelectorAll('a');
    expect(results.length).toBeGreaterThan(1);
    await user.click(field);
    await user.keyboard('{ArrowDown}');
    expect(results[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(results[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(field).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    await screen.findByRole('navigation', { name: 'More articles' });
    expect(router.state.location.pathname).toMatch(/^\/articles\/[0-9a-f]{16}$/);
  });

  it('user can focus search from anywhere with /, but not while typing elsewhere', async () => {
    const { user } = renderApp('/articles/693449e0a82507a3');
    await screen.findByRole('heading', { level: 1 });
    await user.keyboard('/');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    await user.keyboard('a/b');
    expect(screen.getByRole('searchbox')).toHaveValue('a/b');
  });

  it('user sees an empty state and a no-result state', async () => {
    const { user } = renderApp('/search');
    expect(screen.getByRole('heading', { name: 'Search the archive' })).toBeInTheDocument();
    // The hint's example comes from the archive's own words (tests/fixtures/app-seeds).
    expect(screen.getByText(/Misspellings are fine/)).toHaveTextContent('Misspellings are fine: geramny finds Germany.');
    await user.type(screen.getByRole('searchbox'), 'qqqqqqqq');
    expect(await screen.findByRole('heading', { name: 'Nothing matches' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No articles found.');
  });

  it('user can search from an article and return to it with Esc, or with Back', async () => {
    const { user, router } = renderApp('/articles/693449e0a82507a3');
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    await user.type(screen.getByRole('searchbox'), 'pandoras');
    expect(router.state.location.pathname).toBe('/search');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles/693449e0a82507a3'));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue(''));
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    // Typing again and going Back lands on the article too: the keystrokes made one entry.
    await user.type(screen.getByRole('searchbox'), 'kremlin');
    await waitFor(() => expect(router.state.location.search).toBe('?q=kremlin'), { timeout: 3000 });
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles/693449e0a82507a3'));
  });

  it('user can clear the field with its clear button, and Esc on a search page opened directly empties the field', async () => {
    const { user, router } = renderApp('/search?q=pandoras');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'kremlin');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/search');
  });

  it('user typing on the search page sees results follow the keys without a navigation per key, and the URL once typing pauses', async () => {
    const { user, router } = renderApp('/search');
    const moves: string[] = [];
    const unsubscribe = router.subscribe((state) => moves.push(state.historyAction));
    const field = screen.getByRole('searchbox');
    await user.type(field, 'pand');
    // No navigation per key: the router has not moved while the keys came.
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “pand”' })).toBeInTheDocument();
    await user.type(field, 'oras');
    // ("pandoras" is read as the archive's "pandora")
    await screen.findByRole('heading', { level: 1, name: 'Showing results for pandora' });
    await screen.findByRole('link', { name: SEED_TITLE });
    await waitFor(() => expect(router.state.location.search).toBe('?q=pandoras'), { timeout: 3000 });
    // A navigation per pause in the typing (here at most two), each replacing the entry: Back leaves the search in one step.
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.length).toBeLessThanOrEqual(2);
    expect(new Set(moves)).toEqual(new Set(['REPLACE']));
    expect(screen.getByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    unsubscribe();
  });

  it('typing on the search page asks for each query as the key is typed, with the arguments the page asks with, so both share one answer', async () => {
    const client = appSearchClient();
    const asked: string[] = [];
    const recording = {
      ...client,
      search: (query: string, limit: number, exact = false) => (asked.push(`${query}|${limit}|${exact}`), client.search(query, limit, exact)),
    };
    const { user } = renderApp('/search', createSession(recording));
    await user.type(screen.getByRole('searchbox'), 'pand');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “pand”' })).toBeInTheDocument();
    // The field asks at once, the page's render after it: the same question.
    expect(new Set(asked)).toEqual(new Set(['p', 'pa', 'pan', 'pand'].map((query) => `${query}|${RESULTS_PER_PAGE}|false`)));
    expect(asked.filter((question) => question.startsWith('pand|'))).toHaveLength(2);
  });

  it('user leaving the field for a result puts the typed query in the URL first', async () => {
    const { user, router } = renderApp('/search');
    await user.type(screen.getByRole('searchbox'), 'pandoras');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: SEED_TITLE })).toHaveFocus();
    expect(router.state.location.search).toBe('?q=pandoras');
  });

  it('user sees the query follow the URL on back navigation', async () => {
    const { user, router } = renderApp('/search?q=pandoras');
    await screen.findByRole('link', { name: SEED_TITLE });
    await user.click(screen.getByRole('link', { name: SEED_TITLE }));
    await screen.findByRole('heading', { level: 1, name: SEED_TITLE });
    expect(screen.getByRole('searchbox')).toHaveValue('');
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('pandoras'));
  });

  it('user who typed into the page before the app took it over sees the search carry on from it, in that run only', async () => {
    const { router, unmount } = renderApp('/', createSession(appSearchClient(), 'zelenksy'));
    expect(await screen.findByRole('link', { name: SEED_TITLE })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('zelenksy');
    expect(router.state.location.pathname).toBe('/search');
    unmount();
    // A new run starts with nothing typed: the early input belonged to the first.
    const { router: second } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(second.state.location.pathname).toBe('/');
  });

  it('a search page whose answer arrived before the app (drawn early) renders it at once, passages and all', async () => {
    const searchClient = appSearchClient();
    const answer = await searchClient.search('zelenksy', RESULTS_PER_PAGE);
    await answer!.passages;
    // The client holds the passages once they have settled (what the app draws from at once).
    await waitFor(() => expect(searchClient.arrived('zelenksy', RESULTS_PER_PAGE)?.passages).toBeTruthy());
    renderApp('/search?q=zelenksy', createSession(searchClient));
    // In the first render: no "Searching…" in between.
    const result = screen.getByRole('link', { name: SEED_TITLE });
    expect(within(result).getAllByText('Zelensky').length).toBeGreaterThan(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 article found');
  });
});
