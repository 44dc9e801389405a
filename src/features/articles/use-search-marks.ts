import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { Article } from '../../content/seeds/article.ts';
import { markArticle } from '../../content/search/snippet.ts';
import { listedTerms } from '../../content/search/tokenize.ts';

/**
 * A search's matches in an article, from the address: `hl` holds the words the search
 * matched (with every reading and completion), `q` the words the reader searched for (as
 * corrected), which the match bar names, and `m` the match the reader is at (from 1; the
 * best passage's first when absent). Stepping and dismissing rewrite the address in place,
 * so a shared link opens there.
 */
export function useSearchMarks(article: Article) {
  const [params, setParams] = useSearchParams();
  const hl = params.get('hl') ?? '';
  // Links from before `q` existed name the search by its matched words.
  const searched = params.get('q') ?? hl;
  const words = useMemo(() => searched.split(/\s+/).filter(Boolean), [searched]);
  const marked = useMemo(
    () =>
      hl.trim() === ''
        ? null
        : markArticle(
            article.blocks.map((block) => block.text),
            new Set(listedTerms(hl)),
          ),
    [article, hl],
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
