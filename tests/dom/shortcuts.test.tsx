import { waitFor } from '@testing-library/react';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useShortcut } from '../../src/components/use-shortcut.ts';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** One article's page: k goes to the article before it. */
function Page({ id, onPrevious }: { id: string; onPrevious: (from: string) => void }) {
  useShortcut('previous', () => onPrevious(id));
  return <h1>{id}</h1>;
}

describe('useShortcut', () => {
  // This test drives React as the router does, outside act(): act would run every effect at once
  // and hide the moment the bug lived in.
  let actEnvironment: boolean | undefined;
  beforeEach(() => {
    actEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  });

  it('a key pressed as soon as the next page shows acts on that page, not on the one it replaced', async () => {
    // The router renders a new article in a transition; React puts the DOM in place and runs
    // passive effects in a later task. A reader who presses k the moment the new headline
    // shows (CI's Playwright did, on a busy machine) once reached the old page's handler:
    // j then k went two articles up instead of back.
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const pressed: string[] = [];
    const onPrevious = (from: string) => pressed.push(from);
    flushSync(() => root.render(<Page key="a" id="a" onPrevious={onPrevious} />));

    let shownAt: string | null = null;
    const observer = new MutationObserver(() => {
      // The new headline is in the document: press k now, before any later task runs.
      observer.disconnect();
      shownAt = container.textContent;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    startTransition(() => root.render(<Page key="b" id="b" onPrevious={onPrevious} />));

    await waitFor(() => expect(shownAt).toBe('b'));
    expect(pressed).toEqual(['b']);
    root.unmount();
    container.remove();
  });
});
