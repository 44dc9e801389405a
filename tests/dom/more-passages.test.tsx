import { act, render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articlePath, searchPath } from '../../src/app/paths.ts';
import { SearchResults } from '../../src/features/search/search-results.tsx';
import { readyState } from '../../src/features/search/search-state.ts';
import { highlight } from '../../src/content/search/snippet.ts';
import type { Found } from '../../src/features/search/search-session.ts';

const found: Found = {
  total: 4,
  terms: ['cocoa'],
  entries: ['a', 'b', 'c', 'd'].map((id) => ({
    id: `00000000000000${id}${id}`,
    title: `Cocoa ${id}`,
    titleSegments: highlight(`Cocoa ${id}`, new Set(['cocoa'])),
    date: '2024-03-01',
    readingMinutes: 1,
  })),
  corrected: null,
};
const passage = (id: string) => [{ text: `cocoa passage ${id}`, match: false }];

/** An IntersectionObserver the test reports to: what it observes, and `report` to say those elements came near the screen. */
function fakeObserver() {
  const observed: Element[] = [];
  let callback: IntersectionObserverCallback | null = null;
  class Observer {
    constructor(reported: IntersectionObserverCallback) {
      callback = reported;
    }
    observe = (element: Element) => void observed.push(element);
    unobserve = () => undefined;
    disconnect = () => void observed.splice(0);
    takeRecords = () => [];
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return {
    observed,
    report: (target: Element) => act(() => callback!([{ isIntersecting: true, target } as unknown as IntersectionObserverEntry], {} as IntersectionObserver)),
  };
}

function show(passages: Found['entries'][number]['id'][], ask: (query: string) => void) {
  const state = readyState(
    'cocoa',
    found,
    found.entries.map((e) => (passages.includes(e.id) ? passage(e.id) : undefined)),
  );
  const router = createMemoryRouter([
    {
      path: '*',
      element: (
        <SearchResults
          query="cocoa"
          state={state}
          hrefFor={(id, matched, searched) => articlePath(id, matched, { searched })}
          exactHrefFor={(query) => searchPath(query, { exact: true })}
          onShowMore={() => undefined}
          morePassages={{ from: 2, ask }}
        />
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
}

describe('search results whose passages were read for the first results only', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('ask for the others once one of them comes near the screen, and not before', () => {
    const near = fakeObserver();
    const ask = vi.fn();
    show([found.entries[0]!.id, found.entries[1]!.id], ask);
    const items = screen.getAllByRole('listitem');
    // The first two show their passages; the others keep their place empty, and are watched.
    expect(items.map((item) => item.querySelector('p[dir]')!.textContent)).toEqual([
      'cocoa passage 00000000000000aa',
      'cocoa passage 00000000000000bb',
      '',
      '',
    ]);
    expect(near.observed).toEqual(items.slice(2));
    expect(ask).not.toHaveBeenCalled();
    near.report(items[3]!);
    expect(ask).toHaveBeenCalledWith('cocoa');
  });

  it('ask at once where nothing can tell what is near the screen', () => {
    const ask = vi.fn();
    vi.stubGlobal('IntersectionObserver', undefined);
    show([found.entries[0]!.id], ask);
    expect(ask).toHaveBeenCalledWith('cocoa');
  });

  it('do not ask when every result has its passage', () => {
    const near = fakeObserver();
    const ask = vi.fn();
    show(
      found.entries.map((e) => e.id),
      ask,
    );
    expect(near.observed).toEqual([]);
    expect(ask).not.toHaveBeenCalled();
  });
});
