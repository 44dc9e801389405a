import { useEffect, useRef, type RefObject } from 'react';

interface ReadingPositionOptions {
  /** The article's body: the position is measured against it. */
  body: RefObject<HTMLElement | null>;
  /** Where to open (a position saved before), or null to leave the scroll alone; asked once, when the page is live. */
  restoreTo: () => number | null;
  /** Keeps the position: how far in the top of the screen is (0–1), and whether the end is in view. */
  onSave: (position: number, reachedEnd: boolean) => void;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Follows the reader through an article: fills the progress bar as they scroll, keeps their
 * place (at most once a second, and when they leave), and reopens at a saved place.
 */
export function useReadingPosition({ body, restoreTo, onSave }: ReadingPositionOptions) {
  const bar = useRef<HTMLDivElement>(null);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const height = Math.max(1, rect.height);
      return { position: clamp(-rect.top / height), progress: clamp((window.innerHeight - rect.top) / height), reachedEnd: rect.bottom <= window.innerHeight + 2 };
    };
    const restore = restoreTo();
    if (restore !== null) {
      const rect = element.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + rect.top + restore * rect.height, behavior: 'instant' });
    }
    let frame = 0;
    let lastSave = 0;
    let pending = false;
    // The last measurement: on leaving, the body may already be out of the page.
    let last = measure();
    const flush = () => {
      if (!pending) return;
      pending = false;
      save.current(last.position, last.reachedEnd);
    };
    const update = () => {
      frame = 0;
      // Leaving the article scrolls the page before this effect is cleaned up: a body no
      // longer in the page measures as read to the end, which it was not.
      if (!element.isConnected) return;
      last = measure();
      const { progress } = last;
      if (bar.current) {
        bar.current.style.transform = `scaleX(${progress})`;
        bar.current.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
      }
      pending = true;
      if (performance.now() - lastSave > 1000) {
        lastSave = performance.now();
        flush();
      }
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // Once per article (the route keys the reader by article).
  }, []);
  return bar;
}

/** The bar across the top of the screen that fills as the reader reads. */
export function ProgressBar({ barRef }: { barRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div
      ref={barRef}
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      className="fixed inset-x-0 top-0 z-50 h-1 origin-left scale-x-0 bg-accent print:hidden"
    />
  );
}

/** Says the article opened where the reader left it, with the way back to its start. */
export function ResumedNotice({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div role="status" className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md items-center justify-between gap-3 rounded-xl border border-rule bg-paper p-2 pl-4 text-sm shadow-lg print:hidden">
      <span>Continuing where you left off.</span>
      <button type="button" onClick={onStartOver} className="min-h-11 rounded-full px-3 font-semibold text-accent hover:bg-rule">
        Start from the top
      </button>
    </div>
  );
}
