import { useEffect, useState, type RefObject } from 'react';

// A few pixels of scroll either way are a hand resting on the screen, not a direction.
const SLACK = 6;

/**
 * Whether the masthead should be out of the way: it slides away while the reader scrolls
 * down, and comes back on any scroll up, near the top of the page, and whenever focus is
 * inside it (the search field, the settings panel). Never hidden in the prerendered page.
 */
export function useHidingMasthead(header: RefObject<HTMLElement | null>): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    let last = window.scrollY;
    let frame = 0;
    const focused = () => element.contains(document.activeElement);
    const update = () => {
      frame = 0;
      const y = window.scrollY;
      const delta = y - last;
      if (y <= element.offsetHeight || focused()) setHidden(false);
      else if (delta > SLACK) setHidden(true);
      else if (delta < -SLACK) setHidden(false);
      else return;
      last = y;
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    const onFocus = () => setHidden(false);
    window.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      element.removeEventListener('focusin', onFocus);
    };
  }, [header]);
  return hidden;
}
