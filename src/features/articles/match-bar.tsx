import { useShortcut } from '../../components/use-shortcut.ts';
import { useTranslator } from '../../components/use-translator.ts';

interface MatchBarProps {
  /** The words the reader searched for (as corrected), not every reading the search matched. */
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
  const t = useTranslator();
  const step = (by: number) => count > 0 && onStep(by);
  useShortcut('next-match', () => step(1));
  useShortcut('previous-match', () => step(-1));
  return (
    <div
      role="region"
      aria-label={t.text('matches.label')}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
      className="fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100vw-2rem)] items-center gap-1 rounded-full border border-edge bg-paper py-1 ps-4 pe-1 text-sm shadow-lg print:hidden"
    >
      <span className="me-1 max-w-40 truncate text-muted sm:max-w-64" title={words.join(' ')}>
        {words.join(' ')}
      </span>
      <output aria-live="polite" className="min-w-16 text-center font-semibold tabular-nums">
        {count === 0 ? t.text('matches.none') : t.text('matches.position', { current: current + 1, count })}
      </output>
      <button
        type="button"
        className={button}
        onClick={() => step(-1)}
        disabled={count === 0}
        aria-label={t.text('matches.previous')}
        aria-keyshortcuts="Shift+N"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className={button} onClick={() => step(1)} disabled={count === 0} aria-label={t.text('matches.next')} aria-keyshortcuts="n">
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className={button} onClick={onDismiss} aria-label={t.text('matches.clear')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
