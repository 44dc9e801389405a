import { useCallback, useEffect, useRef, type RefObject } from 'react';

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
 * place (at most once a second, a second after they stop, and when they leave), and reopens at a saved place.
 */
export function useReadingPosition({ body, restoreTo, onSave }: ReadingPositionOptions) {
  const bar = useRef<HTMLDivElement>(null);
  // The progress last measured, for a bar put into the page after it was (the bar is drawn
  // only once the app runs: see ProgressBar).
  const progressNow = useRef(0);
  const save = useRef(onSave);
  // Asked once, when the page is live: the first render's question is the one that counts.
  const restoreFirst = useRef(restoreTo);
  useEffect(() => {
    save.current = onSave;
  });
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const height = Math.max(1, rect.height);
      const reachedEnd = rect.bottom <= window.innerHeight + 2;
      // Progress is how far the text has moved through the screen: none before the reader
      // scrolls, all of it when its end comes into view.
      const travel = rect.height - window.innerHeight;
      const progress = travel <= 0 ? (reachedEnd ? 1 : 0) : clamp(-rect.top / travel);
      return { position: clamp(-rect.top / height), progress, reachedEnd };
    };
    const restore = restoreFirst.current();
    if (restore !== null) {
      const rect = element.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + rect.top + restore * rect.height, behavior: 'instant' });
    }
    let frame = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    let lastSave = 0;
    let pending = false;
    // The last measurement: on leaving, the body may already be out of the page.
    let last = measure();
    // Whether the end came into view during this visit, even between two saves: the way out
    // (scrolling back up to the masthead) must not unsay it.
    let endSeen = last.reachedEnd;
    const flush = () => {
      if (!pending) return;
      pending = false;
      save.current(last.position, endSeen);
    };
    const update = () => {
      frame = 0;
      // Leaving the article scrolls the page before this effect is cleaned up: a body no
      // longer in the page measures as read to the end, which it was not.
      if (!element.isConnected) return;
      last = measure();
      endSeen ||= last.reachedEnd;
      progressNow.current = last.progress;
      if (bar.current) drawProgress(bar.current, last.progress);
      pending = true;
      const since = performance.now() - lastSave;
      if (since > 1000) {
        lastSave = performance.now();
        flush();
      } else {
        // And once the reader stops: the place is kept even if the page is never left the
        // usual way (a phone closing a tab in the background fires no pagehide).
        clearTimeout(trailing);
        trailing = setTimeout(() => {
          lastSave = performance.now();
          flush();
        }, 1000 - since);
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
      clearTimeout(trailing);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', flush);
      flush();
    };
    // Once per article (the route keys the reader by article; body is a ref, the same object
    // on every render).
  }, [body]);
  return useCallback((element: HTMLDivElement | null) => {
    bar.current = element;
    if (element) drawProgress(element, progressNow.current);
  }, []);
}

/** Fills the bar to a progress (0–1); its own `scale` (scale-x-0) is what it is drawn at until then. */
function drawProgress(bar: HTMLElement, progress: number) {
  bar.style.scale = `${progress} 1`;
  bar.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
}
