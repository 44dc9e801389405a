import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { articlePath, searchPath } from '../../src/app/paths.ts';
import { resultsMarkup } from '../../src/features/search/results-markup.ts';
import { SearchResults } from '../../src/features/search/search-results.tsx';
import { readyState } from '../../src/features/search/search-state.ts';
import { highlight } from '../../src/content/search/snippet.ts';
import type { Found } from '../../src/features/search/search-session.ts';
import { setTranslator } from '../../src/components/use-translator.ts';
import { ar } from '../../src/content/publishing/messages/ar.ts';
import { de } from '../../src/content/publishing/messages/de.ts';
import { en } from '../../src/content/publishing/messages/en.ts';
import { createTranslator } from '../../src/content/publishing/translator.ts';

/** An element tree as text: tags, attributes in name order, and text, so markup built by React and by hand compare. */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  // Adjacent text nodes (React may split text where the hand-built markup does not) join up.
  node.normalize();
  return `<${node.localName} ${attributes.join(' ')}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
}

// Titles marked as the search worker marks them.
const entry = (id: string, title: string, excerpt: string) => ({
  id,
  title,
  titleSegments: highlight(title, new Set(['budget', 'government'])),
  excerpt,
  date: '2024-03-01',
  readingMinutes: 3,
});
const found: Found = {
  total: 14,
  terms: ['budget', 'government'],
  entries: [
    entry('00000000000000a1', 'Government budget <b>cut</b>', 'The government set out its budget.'),
    // With a lead image: its thumbnail is drawn alike.
    { ...entry('00000000000000b2', 'Budget & tax', 'An excerpt.'), thumb: 'aaaaaaaaaaaaaaaa' },
  ],
  corrected: null,
};
const hrefFor = (id: string, matched: readonly string[], searched: string) => articlePath(id, matched, { searched });
const exactHrefFor = (query: string) => searchPath(query, { exact: true });

function reactMarkup(query: string, state: ReturnType<typeof readyState>) {
  const router = createMemoryRouter([
    { path: '*', element: <SearchResults query={query} state={state} hrefFor={hrefFor} exactHrefFor={exactHrefFor} onShowMore={() => undefined} /> },
  ]);
  const { container } = render(<RouterProvider router={router} />);
  return [...container.childNodes].map(canonical).join('');
}

function handMarkup(query: string, state: ReturnType<typeof readyState>, t = createTranslator('en', en)) {
  const { status, body } = resultsMarkup({ query, state, hrefFor, exactHrefFor, t });
  const live = document.createElement('p');
  live.setAttribute('role', 'status');
  live.className = 'sr-only';
  live.textContent = status;
  return canonical(live) + canonical(body);
}

describe('the first results drawn before the app loads', () => {
  it('are the markup the app draws, with passages, places kept for passages to come, and "show more"', () => {
    const state = readyState('goverment budget', found, [
      [
        { text: 'The ', match: false },
        { text: 'budget', match: true },
        { text: ' <i>rose</i>', match: false },
      ],
      null,
    ]);
    const hand = handMarkup('goverment budget', state);
    expect(hand).toContain('"Results for “goverment budget”"');
    expect(hand).toContain('<mark >"budget"</mark>');
    // Seed text stays text.
    expect(hand).toContain('" <i>rose</i>"');
    expect(hand).toContain('Show more results');
    expect(hand).toBe(reactMarkup('goverment budget', state));
  });

  it('are the markup the app draws when nothing matches', () => {
    const state = readyState('qqqq', { total: 0, terms: [], entries: [], corrected: null }, []);
    const hand = handMarkup('qqqq', state);
    expect(hand).toContain('Nothing matches');
    expect(hand).toBe(reactMarkup('qqqq', state));
  });

  it('are the markup the app draws for a corrected query, with the link to search as typed', () => {
    const state = readyState('goverment budget', { ...found, corrected: 'government budget' }, null);
    const hand = handMarkup('goverment budget', state);
    expect(hand).toContain('<em >"government budget"</em>');
    expect(hand).toContain('href="/search?q=goverment+budget&exact"');
    expect(hand).toContain('q=government+budget');
    expect(hand).toBe(reactMarkup('goverment budget', state));
  });

  it.each([
    ['de', de, 'Ergebnisse für „goverment budget“', '14 Artikel gefunden.', '1. März 2024'],
    ['ar', ar, 'نتائج البحث عن «goverment budget»', 'عُثر على 14 مقالًا.', '1 مارس 2024'],
  ] as const)('are the markup the app draws in the site’s language (%s)', (language, catalog, heading, count, date) => {
    const t = createTranslator(language, catalog);
    setTranslator(t);
    const state = readyState('goverment budget', found, null);
    const hand = handMarkup('goverment budget', state, t);
    expect(hand).toContain(JSON.stringify(heading));
    expect(hand).toContain(count);
    expect(hand).toContain(date);
    expect(hand).toBe(reactMarkup('goverment budget', state));
    const corrected = readyState('goverment budget', { ...found, corrected: 'government budget' }, null);
    expect(handMarkup('goverment budget', corrected, t)).toBe(reactMarkup('goverment budget', corrected));
  });
});
