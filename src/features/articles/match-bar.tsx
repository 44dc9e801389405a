import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useShortcut } from '../../components/use-shortcut.ts';
import type { Article } from '../../content/article.ts';
import { markArticle } from '../../content/snippet.ts';
import { terms } from '../../content/tokenize.ts';

/**
 * A search's matches in an article, from the address: `hl` holds the words the search
 * matched, `m` the match the reader is at (from 1; the best passage's first when absent).
 * Stepping and dismissing rewrite the address in place, so a shared link opens there.
 */
export function useSearchMarks(article: Article) {
  const [params, setParams] = useSearchParams();
  const hl = params.get('hl') ?? '';
  const words = useMemo(() => hl.split(/\s+/).filter(Boolean), [hl]);
  const marked = useMemo(
    () => (words.length === 0 ? null : markArticle(article.blocks.map((block) => block.text), new Set(terms(hl)))),
    [article, hl, words.length],
  );
  const asked = Number(params.get('m'));
  const current = marked && Number.isInteger(asked) && asked >= 1 && asked <= marked.count ? asked - 1 : (marked?.best ?? 0);

  useEffect(() => {
    if (!marked || marked.count === 0) return;
    document.querySelector(`mark[data-match="${current}"]`)?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [marked, current]);

  // Where the reader is among the matches, ahead of the URL: keys pressed faster than the
  // page renders each step from the last.
  const at = useRef(current);
  useEffect(() => {
    at.current = current;
  }, [current]);
  const step = (by: number) => {
    const count = marked?.count ?? 0;
    at.current = (at.current + by + count) % count;
    const match = String(at.current + 1);
    setParams(
      (old) => {
        const next = new URLSearchParams(old);
        next.set('m', match);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const dismiss = () => setParams({}, { replace: true, preventScrollReset: true });
  return { words, marked, current, step, dismiss };
}

interface MatchBarProps {
  /** The words marked, as the search matched them. */
  words: readonly string[];
  /** The match the reader is at (from 0) and how many there are. */
  current: number;
  count: number;
  /** Moves `by` matches on (wrapping around). */
  onStep: (by: number) => void;
  onDismiss: () => void;
}

const button = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-lg hover:bg-rule disabled:opacity-40';

/** Steps through a search's matches in an article (n / N, or the arrows), and dismisses them. */
export function MatchBar({ words, current, count, onStep, onDismiss }: MatchBarProps) {
  const step = (by: number) => count > 0 && onStep(by);
  useShortcut('next-match', () => step(1));
  useShortcut('previous-match', () => step(-1));
  return (
    <div
      role="region"
      aria-label="Search matches"
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
      className="fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-1 rounded-full border border-rule bg-paper py-1 pl-4 pr-1 text-sm shadow-lg print:hidden"
    >
      <span className="mr-1 max-w-40 truncate text-muted sm:max-w-64" title={words.join(' ')}>
        {words.join(' ')}
      </span>
      <output aria-live="polite" className="min-w-16 text-center font-semibold tabular-nums">
        {count === 0 ? 'No matches' : `${current + 1} of ${count}`}
      </output>
      <button type="button" className={button} onClick={() => step(-1)} disabled={count === 0} aria-label="Previous match" aria-keyshortcuts="Shift+N">
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className={button} onClick={() => step(1)} disabled={count === 0} aria-label="Next match" aria-keyshortcuts="n">
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className={button} onClick={onDismiss} aria-label="Clear highlights">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
