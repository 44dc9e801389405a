import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString as toHtml } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrationStarts, LiveRoot, useBrowserValue, useLive } from '../../src/components/use-live.ts';

/** A value kept outside React, as the reader's settings and the reading log are. */
function store(value: string) {
  const listeners = new Set<() => void>();
  return {
    read: () => value,
    set(next: string) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const renders: string[] = [];

// Renders asked for in a transition, which React does in slices between which the browser
// handles input: noted where they are asked for.
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>();
  return {
    ...react,
    startTransition: (scope: () => void) => {
      renders.push('transition asked for');
      react.startTransition(scope);
    },
  };
});

function Theme({ name, of }: { name: string; of: ReturnType<typeof store> }) {
  const value = useBrowserValue(of.subscribe, of.read, 'light');
  renders.push(`${name}: ${value}`);
  return (
    <p>
      {name}: {value}
    </p>
  );
}

function Live() {
  return <p>{useLive() ? 'live' : 'as prerendered'}</p>;
}

/** Notes the moment the hydration's effects are done (a microtask after them): a render forced at once comes before it, one in a transition after. */
function EffectsDone() {
  useEffect(() => queueMicrotask(() => renders.push('effects done')), []);
  return null;
}

afterEach(() => {
  renders.length = 0;
  document.body.innerHTML = '';
});

describe('values only the browser knows', () => {
  it('show as prerendered while the page is hydrated, then as the browser has them; a value equal to the prerendered one renders nothing again', async () => {
    const chosen = store('dark');
    const unset = store('light');
    const app = (
      <LiveRoot>
        <Theme name="chosen" of={chosen} />
        <Theme name="unset" of={unset} />
        <Live />
        <EffectsDone />
      </LiveRoot>
    );
    hydrationStarts();
    const markup = toHtml(app);
    expect(markup).toContain('as prerendered');
    expect(markup).not.toContain('dark');
    const root = document.createElement('div');
    root.innerHTML = markup;
    document.body.append(root);
    renders.length = 0;
    const errors = vi.spyOn(console, 'error');
    // Hydrated as the app does it, by React's own scheduler, not flushed at once by act().
    const actEnvironment = globalThis.IS_REACT_ACT_ENVIRONMENT;
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
    let hydrated: ReturnType<typeof hydrateRoot>;
    try {
      hydrated = hydrateRoot(root, app);
      expect(await screen.findByText('live')).toBeInTheDocument();
    } finally {
      globalThis.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
    expect(screen.getByText('chosen: dark')).toBeInTheDocument();
    expect(screen.getByText('unset: light')).toBeInTheDocument();
    // Hydrated as prerendered (no mismatch); then only the components whose value differs are
    // rendered again, in a transition, once the hydration's effects are done.
    expect(renders).toEqual(['chosen: light', 'unset: light', 'transition asked for', 'transition asked for', 'effects done', 'chosen: dark']);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();

    // From then on each follows its value, as it changes.
    act(() => unset.set('sepia'));
    expect(screen.getByText('unset: sepia')).toBeInTheDocument();
    act(() => hydrated.unmount());
  });

  it('show as the browser has them from the first render once the page is live, and in a page rendered afresh', () => {
    render(
      <LiveRoot>
        <Theme name="mounted" of={store('dark')} />
        <Live />
      </LiveRoot>,
    );
    expect(screen.getByText('mounted: dark')).toBeInTheDocument();
    expect(screen.getByText('live')).toBeInTheDocument();
    expect(renders).toEqual(['mounted: dark']);
  });
});
