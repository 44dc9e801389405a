import { useEffect } from 'react';

const SITE = 'The Archive';

/** Sets the document title for the current page (`Page — The Archive`, or the site name alone). */
export function useTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} — ${SITE}` : SITE;
  }, [page]);
}
